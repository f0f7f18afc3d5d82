package org.claimstat.draft;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences and paragraphs of an article's text, as spans. Sentences come from ICU4J's sentence
 * {@link BreakIterator} with its English abbreviations ("Mr.", "U.S.") and a few more news writes ("Sept.", "St.",
 * "Gov."); they never cross a line break. Paragraphs are separated by blank lines.
 *
 * <p>Immutable once built.
 */
final class Sentences {
    /** Abbreviations ICU's English list lacks, after which a sentence does not end. */
    private static final List<String> MORE_ABBREVIATIONS = List.of("St.", "Sept.", "Gov.", "Gen.", "Sen.", "Rep.",
            "Lt.", "Col.", "Maj.", "Capt.", "No.", "approx.", "Inc.", "Corp.", "Ltd.", "Co.", "vs.");
    /** A quote longer than this is trimmed to the clause around the number. */
    static final int LONGEST_QUOTE = 400;

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] paragraphStarts;
    /** Where the first line ends: the text's length where it is one line. */
    private final int firstLineEnd;

    private Sentences(String text, int[] starts, int[] ends, int[] paragraphStarts) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.paragraphStarts = paragraphStarts;
        int nl = text.indexOf('\n');
        this.firstLineEnd = nl < 0 ? text.length() : nl;
    }

    /** Splits {@code text} into sentences and paragraphs. */
    static Sentences of(String text) {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        MORE_ABBREVIATIONS.forEach(builder::suppressBreakAfter);
        BreakIterator it = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
        it.setText(text);
        List<int[]> spans = new ArrayList<>();
        int from = it.first();
        for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            int s = from;
            for (int k = from; k <= to; k++) {
                if (k == to || text.charAt(k) == '\n') {
                    addTrimmed(text, s, k, spans);
                    s = k + 1;
                }
            }
        }
        mergeAfterAbbreviations(text, spans);
        List<Integer> paragraphs = new ArrayList<>(List.of(0));
        for (int k = text.indexOf("\n\n"); k >= 0; k = text.indexOf("\n\n", k + 2)) {
            paragraphs.add(k + 2);
        }
        return new Sentences(text, spans.stream().mapToInt(a -> a[0]).toArray(),
                spans.stream().mapToInt(a -> a[1]).toArray(), paragraphs.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Abbreviations after which a sentence never ends, whatever follows ("U.S. Congressional approval"), each as a
     * word of its own: "ca." and "est." here, not in ICU's filter, which would also hold "Latin America. Colombia"
     * together.
     */
    private static final List<String> NEVER_ENDS = List.of("U.S.", "U.K.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.",
            "Sept.", "Jan.", "Feb.", "Aug.", "Oct.", "Nov.", "Dec.", "Gov.", "Sen.", "Gen.", "No.", "ca.", "est.",
            "Rs.", "Re.", "Nos.", "Fig.", "Vol.", "Art.", "pp.", "Tk.", "Ksh.", "approx.");
    /** Times of day after which a sentence goes on where a weekday follows: "at 10 a.m. Tuesday" (AP style). */
    private static final List<String> CLOCK = List.of("a.m.", "p.m.");
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|GMT|UTC|local)\\b.*", java.util.regex.Pattern.DOTALL);

    /** Joins a sentence that ends with one of {@link #NEVER_ENDS} to the next one on its line. */
    private static void mergeAfterAbbreviations(String text, List<int[]> spans) {
        for (int k = 0; k + 1 < spans.size(); k++) {
            int[] a = spans.get(k);
            int[] b = spans.get(k + 1);
            String end = text.substring(Math.max(a[0], a[1] - 5), a[1]);
            boolean abbreviation = NEVER_ENDS.stream().anyMatch(x -> end.endsWith(x) && (a[1] - x.length() == a[0]
                    || !Character.isLetter(text.charAt(a[1] - x.length() - 1))))
                    || CLOCK.stream().anyMatch(end::endsWith) && WEEKDAY.matcher(text.substring(b[0], b[1])).matches();
            if (abbreviation && text.substring(a[1], b[0]).indexOf('\n') < 0) {
                spans.set(k, new int[] {a[0], b[1]});
                spans.remove(k + 1);
                k--;
            }
        }
    }

    private static void addTrimmed(String text, int from, int to, List<int[]> spans) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new int[] {s, e});
        }
    }

    /** Returns the index of the sentence holding offset {@code at} (the one before it, between sentences). */
    int indexAt(int at) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Returns the number of sentences. */
    int size() {
        return starts.length;
    }

    int start(int sentence) {
        return starts[sentence];
    }

    int end(int sentence) {
        return ends[sentence];
    }

    /** Returns the text of sentence {@code i}. */
    String text(int sentence) {
        return text.substring(starts[sentence], ends[sentence]);
    }

    /** Returns the start of the paragraph holding offset {@code at}. */
    int paragraphStart(int at) {
        int p = 0;
        for (int k = 0; k < paragraphStarts.length && paragraphStarts[k] <= at; k++) {
            p = paragraphStarts[k];
        }
        return p;
    }

    /** Returns the end of the paragraph holding offset {@code at}. */
    int paragraphEnd(int at) {
        for (int p : paragraphStarts) {
            if (p > at) {
                return p - 2;
            }
        }
        return text.length();
    }

    /** Returns true where sentence {@code i} is the article's title: its first line. */
    boolean isTitle(int sentence) {
        return starts[sentence] < firstLineEnd;
    }

    /** Returns true where the text has more than its first line: a body a title's figures can be repeated in. */
    boolean hasBody() {
        return firstLineEnd < text.length();
    }

    /**
     * Returns the span of the quote of a number at {@code start..end}: its sentence, or where that is longer than
     * {@link #LONGEST_QUOTE}, the part between the clause marks (";", ":", a dash) around the number.
     */
    int[] quote(int start, int end) {
        int i = indexAt(start);
        int s = starts[i];
        int e = Math.max(ends[i], Math.min(end, text.length()));
        if (e - s <= LONGEST_QUOTE) {
            return new int[] {s, e};
        }
        int cs = s;
        int ce = e;
        for (int k = start - 1; k > s; k--) {
            if (isClauseMark(text.charAt(k))) {
                cs = k + 1;
                break;
            }
        }
        for (int k = end; k < e; k++) {
            if (isClauseMark(text.charAt(k))) {
                ce = k;
                break;
            }
        }
        List<int[]> trimmed = new ArrayList<>();
        addTrimmed(text, cs, ce, trimmed);
        return trimmed.isEmpty() ? new int[] {s, e} : trimmed.get(0);
    }

    private static boolean isClauseMark(char c) {
        return c == ';' || c == ':' || c == '—' || c == '–';
    }
}
