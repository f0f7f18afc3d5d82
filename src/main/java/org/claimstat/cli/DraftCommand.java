package org.claimstat.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.dataset.DatasetException;
import org.claimstat.draft.DatasetMerge;
import org.claimstat.draft.DraftResult;
import org.claimstat.draft.Drafter;
import org.claimstat.draft.MergeResult;
import org.claimstat.draft.ReviewNote;
import org.claimstat.extract.Mention;
import picocli.CommandLine;

/**
 * The {@code extract --to-dataset DIR [--merge]} path: drafts with {@link Drafter}, prints the mentions as
 * {@code extract} does, writes or merges with {@link DatasetMerge}, and says what it wrote, added, skipped and left
 * out. Exit code 2 where the folder cannot take the draft or an input could not be drafted (the others are written).
 */
final class DraftCommand {
    /** How many left-out mentions each line on standard error names; the rest are counted. */
    static final int LISTED = 30;

    private final CommandLine command;
    private final boolean json;

    DraftCommand(CommandLine command, boolean json) {
        this.command = command;
        this.json = json;
    }

    int run(List<Path> files, Path dir, boolean merge, Path sources, Path indicators, Integer year) {
        PrintWriter out = command.getOut();
        PrintWriter err = command.getErr();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                return fail(err, "cannot write a dataset to " + dir + ": it is a file, not a folder");
            }
            boolean existing = DatasetMerge.holdsDataset(dir);
            if (existing && !merge) {
                return fail(err, dir + " already holds a dataset; give --merge to add only the claims and sources it"
                        + " does not have yet (every existing row and file is kept), or choose another folder");
            }
            long need = HeapNeed.ofDrafting(files);
            long max = Runtime.getRuntime().maxMemory();
            if (need > max) {
                err.println("drafting these files needs about " + HeapNeed.mebibytes(need) + " of Java heap (about "
                        + HeapNeed.DRAFT_PER_NUMBER + " bytes for each number in them) and this Java has "
                        + HeapNeed.mebibytes(max) + "; nothing was written to " + dir + ". Run it with more heap: java -Xmx"
                        + HeapNeed.xmx(need) + " -jar claimstat-cli.jar ..., or extract without --to-dataset (which reads"
                        + " a file in parts)");
                err.flush();
                return ExitCodes.NO_MEMORY;
            }
            Drafter.Builder drafter = Drafter.builder();
            if (sources != null) {
                drafter.sources(sources);
            }
            if (indicators != null) {
                drafter.indicators(indicators);
            }
            if (year != null) {
                drafter.year(year);
            }
            if (existing) {
                drafter.indicators(ClaimDatasets.read(dir).indicators());
            }
            DraftResult draft = drafter.build().draft(files);
            MentionOutput mentions = json ? new MentionJson(out) : new MentionTable(out);
            mentions.start();
            draft.extractions().forEach(x -> mentions.write(x, 0));
            mentions.end();
            out.flush();
            ExtractCommand.summarize(err, draft.extractions());
            draft.problems().forEach(p -> err.println(p.message().startsWith(p.doc()) ? p.message() : p.toString()));
            if (draft.dataset().sources().isEmpty() && !draft.problems().isEmpty()) {
                // No input could be drafted: an empty dataset would only make the corrected re-run need --merge.
                return fail(err, "nothing was drafted, so nothing was written to " + dir);
            }
            MergeResult written = merge ? DatasetMerge.merge(draft.dataset(), dir)
                    : DatasetMerge.write(draft.dataset(), dir);
            review(err, draft);
            report(err, written, merge && existing);
            leftOut(err, draft);
            err.flush();
            return draft.complete() ? 0 : 2;
        } catch (DatasetException | IllegalStateException | IllegalArgumentException e) {
            return fail(err, e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(err, e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return 2;
    }

    private static void report(PrintWriter err, MergeResult result, boolean merged) {
        int claims = result.addedClaims().size();
        if (!merged) {
            err.println("wrote a draft dataset of " + claims + (claims == 1 ? " claim" : " claims") + " to "
                    + result.dir());
            return;
        }
        err.println("merged into " + result.dir() + ": added " + count(claims, "claim") + ", "
                + count(result.addedSources().size(), "source") + ", "
                + count(result.addedIndicators().size(), "indicator")
                + (claims == 0 ? "" : " (" + String.join(", ", result.addedClaims()) + ")"));
        List<String> skipped = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (MergeResult.Skip s : result.skipped()) {
            String named = s.drafted() + (s.drafted().equals(s.existing()) ? "" : " as " + s.existing());
            if (s.why().equals(MergeResult.REMOVED_IN_REVIEW)) {
                removed.add(named);
            } else {
                skipped.add(named + " (" + s.why() + ")");
            }
        }
        if (!skipped.isEmpty()) {
            err.println("skipped " + skipped.size() + " already there: " + String.join(", ", skipped));
        }
        if (!removed.isEmpty()) {
            err.println("left out " + count(removed.size(), "claim") + " drafted before and deleted in review"
                    + " (drafted.csv remembers them): " + String.join(", ", removed));
        }
        if (!result.droppedColumns().isEmpty()) {
            err.println("left out of the added rows the columns the dataset's files do not have: "
                    + String.join(", ", result.droppedColumns()));
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * Says which mentions the draft leaves out and why, so that none goes missing unseen: dates without a year (no
     * claim until a year is known), dates that are the period of another number, and mentions in boilerplate (not
     * the article's claims).
     */
    private static void leftOut(PrintWriter err, DraftResult draft) {
        List<String> yearless = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<String> noClaims = new ArrayList<>();
        int boilerplate = 0;
        Map<String, String> reasons = leftOutReasons(draft);
        for (Mention m : draft.leftOut()) {
            String why = reasons.get("'" + m.text() + "' at " + m.start() + ": ");
            if (m.boilerplate()) {
                boilerplate++;
            } else if (m.quantity().isEmpty()) {
                yearless.add(m.doc() + " " + m.start() + " '" + m.text() + "'");
            } else if (why != null) {
                noClaims.add(m.doc() + " " + m.start() + " '" + m.text() + "' (" + why + ")");
            } else {
                periods.add(m.doc() + " " + m.start() + " '" + m.text() + "'");
            }
        }
        if (!noClaims.isEmpty()) {
            err.println("left out " + noClaims.size() + (noClaims.size() == 1 ? " number" : " numbers")
                    + " that no fact-checker records as a claim: " + listed(noClaims));
        }
        if (!yearless.isEmpty()) {
            err.println("left out " + yearless.size() + (yearless.size() == 1 ? " date" : " dates")
                    + " without a year (give --year YEAR to keep them): " + listed(yearless));
        }
        if (!periods.isEmpty()) {
            err.println("left out " + periods.size() + (periods.size() == 1
                    ? " date that only gives the period of another number in its sentence: "
                    : " dates that only give the period of another number in their sentence: ")
                    + listed(periods));
        }
        if (boilerplate > 0) {
            err.println("left out " + boilerplate + (boilerplate == 1 ? " mention" : " mentions")
                    + " in boilerplate (flagged so in the mentions printed)");
        }
    }

    /**
     * The reason each left-out number is no claim, by the start of its note ({@code 'TEXT' at START: }), the first
     * note of each; the notes that only give another number's period are not reasons. One pass over the notes (a
     * search of every note for each left-out number took minutes on a text of 100,000 numbers).
     */
    private static Map<String, String> leftOutReasons(DraftResult draft) {
        Set<String> wanted = new HashSet<>();
        draft.leftOut().forEach(m -> wanted.add("'" + m.text() + "' at " + m.start() + ": "));
        Map<String, String> reasons = new HashMap<>();
        for (ReviewNote n : draft.notes()) {
            if (!n.field().equals("left out") || !n.claim().isEmpty()) {
                continue;
            }
            String message = n.message();
            for (int colon = message.indexOf(": "); colon >= 0; colon = message.indexOf(": ", colon + 1)) {
                String at = message.substring(0, colon + 2);
                if (wanted.contains(at)) {
                    if (!message.startsWith("the period of", colon + 2)) {
                        reasons.putIfAbsent(at, message.substring(colon + 2));
                    }
                    break;
                }
            }
        }
        return reasons;
    }

    /** The first {@value #LISTED} items joined by commas, then how many more there are. */
    private static String listed(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(LISTED, items.size())))
                + (items.size() > LISTED ? ", and " + (items.size() - LISTED) + " more" : "");
    }

    /** Prints the notes on sources, and how many guessed fields the claims' {@code draft_notes} column explains. */
    private static void review(PrintWriter err, DraftResult draft) {
        for (ReviewNote note : draft.notes()) {
            if (note.claim().isEmpty() && !note.field().equals("left out")) {
                err.println("review: " + note);
            }
        }
        long guessed = draft.notes().stream().filter(n -> !n.claim().isEmpty()).count();
        if (guessed > 0) {
            err.println("review: " + guessed + " guessed fields are explained in the draft_notes column of claims.csv");
        }
    }
}
