package org.claimstat.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of running checks: every finding, and for every check and relation that ran, how
 * much it looked at and how much passed, so silence can be told apart from not having looked.
 *
 * <p>Immutable and thread-safe. JSON ({@link #toJson()}) is a public contract: an object with
 * {@code findings} (each {@code check, severity, claims, message}), {@code checks} (each
 * {@code check, description, examined, passed, findings}) and {@code summary} (findings per
 * severity).
 *
 * @param findings the findings, by check in the order the checks ran
 * @param checks what ran
 */
public record CheckReport(List<Finding> findings, List<CheckRun> checks) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Copies the lists. */
    public CheckReport {
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
    }

    /** Returns how many findings have this severity. */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Returns the most serious severity found, empty where nothing was found. */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    /** Returns true when some finding is at least as serious as {@code severity}. */
    public boolean hasAtLeast(Severity severity) {
        return worst().map(w -> w.compareTo(severity) >= 0).orElse(false);
    }

    /** Returns the findings as a table: check, severity, claims (space-separated ids), message. */
    public Table toTable() {
        return Table.create("findings").addColumns(
                StringColumn.create("check", findings.stream().map(Finding::check)),
                StringColumn.create("severity", findings.stream().map(f -> f.severity().code())),
                StringColumn.create("claims", findings.stream().map(f -> String.join(" ", f.claims()))),
                StringColumn.create("message", findings.stream().map(Finding::message)));
    }

    /** Returns what ran as a table: check, description, examined, passed, findings. */
    public Table checksTable() {
        return Table.create("checks").addColumns(
                StringColumn.create("check", checks.stream().map(CheckRun::check)),
                StringColumn.create("description", checks.stream().map(CheckRun::description)),
                LongColumn.create("examined", checks.stream().mapToLong(CheckRun::examined).toArray()),
                LongColumn.create("passed", checks.stream().mapToLong(CheckRun::passed).toArray()),
                LongColumn.create("findings", checks.stream().mapToLong(CheckRun::findings).toArray()));
    }

    /** Returns the report as JSON, described in the type's documentation. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode fs = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = fs.addObject().put("check", f.check()).put("severity", f.severity().code());
            f.claims().forEach(o.putArray("claims")::add);
            o.put("message", f.message()).put("readable_message", f.readableMessage());
        }
        ArrayNode cs = root.putArray("checks");
        for (CheckRun r : checks) {
            cs.addObject().put("check", r.check()).put("description", r.description()).put("examined", r.examined())
                    .put("passed", r.passed()).put("findings", r.findings());
        }
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.code(), count(s));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /**
     * Returns the report as Markdown: a summary line, the findings by severity, then what ran. Every
     * string from data is made inert ({@link MarkdownText}): no link, image or HTML comes from data.
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# Check report\n\n");
        md.append(count(Severity.CONFLICT)).append(" conflicts, ").append(count(Severity.WARNING))
                .append(" warnings, ").append(count(Severity.INFO)).append(" info.\n\n## Findings\n\n");
        if (findings.isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| severity | check | claims | message |\n|---|---|---|---|\n");
            findings.stream().sorted(Comparator.comparing(Finding::severity).reversed()).forEach(f ->
                    md.append("| ").append(f.severity()).append(" | ").append(cell(f.check())).append(" | ")
                            .append(cell(String.join(", ", f.claims()))).append(" | ").append(cell(f.readableMessage()))
                            .append(" |\n"));
        }
        md.append("\n## Checks that ran\n\n| check | examined | passed | findings | description |\n|---|---|---|---|---|\n");
        for (CheckRun r : checks) {
            md.append("| ").append(cell(r.check())).append(" | ").append(r.examined()).append(" | ").append(r.passed())
                    .append(" | ").append(r.findings()).append(" | ").append(cell(r.description())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return MarkdownText.escape(text);
    }
}
