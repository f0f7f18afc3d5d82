package org.claimstat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a benchmark's part in a JVM of its own, as JMH forks: same java, class path and JVM options as this one.
 * The child prints its figures on a line starting {@value #RESULT}; the other lines it prints are passed on.
 */
final class Forks {
    /** How a forked part marks the line with its figures. */
    static final String RESULT = "RESULT ";

    private Forks() {
    }

    /**
     * Runs {@code main} with {@code args} in a new JVM and returns the words of its {@value #RESULT} line; the
     * child's error output goes to {@code errors}.
     *
     * @throws IllegalStateException where the child fails or prints no such line
     */
    static String[] run(Class<?> main, List<String> args, ProcessBuilder.Redirect errors)
            throws IOException, InterruptedException {
        return run(main, List.of(), args, errors);
    }

    /** {@link #run(Class, List, ProcessBuilder.Redirect)} with {@code jvmOptions} added after this JVM's own. */
    static String[] run(Class<?> main, List<String> jvmOptions, List<String> args, ProcessBuilder.Redirect errors)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(errors).start();
        String[] result = null;
        try (BufferedReader out = p.inputReader()) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length()).split(" ");
                } else {
                    System.out.println(line);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the forked run of " + main.getSimpleName() + " " + args + " failed (exit "
                    + p.exitValue() + ")");
        }
        return result;
    }
}
