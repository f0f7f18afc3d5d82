package org.claimstat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimstat.Quantity;
import org.claimstat.Unit;
import org.claimstat.Value;

/** Walks the tokens once, trying dates, ranks and quantities at each, and records the numbers that are none. */
final class Scanner {

    private final Ctx c;
    private final Phrases phrases;
    private final Dates dates;
    private final Quantities quantities;
    private final NotQuantities notQuantities;
    private final Antecedents antecedents;
    private final Ranks ranks;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Extraction.Skip> skips = new ArrayList<>();
    private final List<Extraction.Failure> failures = new ArrayList<>();

    private Scanner(Ctx c) {
        this.c = c;
        this.phrases = new Phrases(c);
        Hedges hedges = new Hedges(c);
        this.dates = new Dates(c, hedges);
        this.quantities = new Quantities(c, phrases, hedges);
        this.notQuantities = new NotQuantities(c, quantities);
        this.antecedents = new Antecedents(c);
        this.ranks = new Ranks(c, phrases, notQuantities);
    }

    /** The drafts, the skipped numbers and the places where reading failed, of one reading. */
    record Result(List<Draft> drafts, List<Extraction.Skip> skips, List<Extraction.Failure> failures) {
    }

    static Result scan(Ctx c) {
        Scanner s = new Scanner(c);
        s.run();
        return new Result(s.drafts, s.skips, s.failures);
    }

    /**
     * Reads from each token on; where reading from one token fails inside the extractor, records the failure and goes
     * on from the next token, so that one bad place never costs the document's other mentions.
     */
    private void run() {
        int i = 0;
        while (i < c.size()) {
            try {
                i = step(i);
            } catch (RuntimeException e) {
                failures.add(failure(c, c.start(i), c.end(i), e));
                i++;
            }
        }
    }

    /** Returns the failure of reading the text from {@code start} to {@code end}: its text (cut to 80 chars) and why. */
    static Extraction.Failure failure(Ctx c, int start, int end, RuntimeException e) {
        String text = c.reading.substring(start, Math.min(end, start + 80));
        return new Extraction.Failure(start, end, text, e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** Reads what starts at token {@code i} and returns the token to go on from. */
    private int step(int i) {
        Draft d = null;
        if (c.is(i, Token.Type.NUMBER) && !notQuantities.isRank(i) && ranks.isPlace(i)) {
            d = ranks.unsized(i);
        } else if (c.mayStart(i)) {
            Extraction.Why why = notQuantities.why(i);
            if (why != null) {
                int last = why == Extraction.Why.TIME_OF_DAY || why == Extraction.Why.SCORE
                        || why == Extraction.Why.REFERENCE && referenceGoesOn(i) ? i + 2 : i;
                if (why == Extraction.Why.TIME_OF_DAY && c.punct(i + 3, ':') && !c.spaceBefore(i + 3)
                        && c.is(i + 4, Token.Type.NUMBER) && !c.spaceBefore(i + 4)) {
                    last = i + 4;  // seconds too: "2:06:26"
                }
                skips.add(new Extraction.Skip(c.start(i), c.end(last),
                        c.reading.substring(c.start(i), c.end(last)), why));
                return last + 1;
            }
            d = dates.read(i);
            d = d != null ? d : ranks.read(i);
            d = d != null ? d : quantities.read(i);
        } else if (c.is(i, Token.Type.WORD)) {
            d = ranks.read(i);
        } else if (c.is(i, Token.Type.LONG) || c.is(i, Token.Type.URL) && hasDigit(i)) {
            skip(i, c.is(i, Token.Type.LONG) ? Extraction.Why.MALFORMED : Extraction.Why.URL);
        }
        if (d != null) {
            antecedents.apply(d, drafts);
            drafts.add(d);
            return Math.max(i + 1, d.resume >= 0 ? d.resume : d.next);
        }
        return i + 1;
    }

    /** True where a reference goes on to a second number: "page 2 of 3", "pages 12-14", "sections 3 to 5". */
    private boolean referenceGoesOn(int i) {
        return c.is(i + 2, Token.Type.NUMBER) && (c.word(i + 1, "of") || c.word(i + 1, "to") || c.tightDash(i + 1));
    }

    private boolean hasDigit(int i) {
        for (int k = c.start(i); k < c.end(i); k++) {
            if (Character.isDigit(c.chars[k])) {
                return true;
            }
        }
        return false;
    }

    private void skip(int i, Extraction.Why why) {
        Token t = c.tok(i);
        skips.add(new Extraction.Skip(t.start(), t.end(), c.raw(i), why));
    }

    /** Turns a draft into a mention of the original text. */
    static Mention toMention(Draft d, Ctx c, String doc, String text, boolean boilerplate,
                             List<Extraction.MixedScriptWord> mixed) {
        int start = c.start(d.first);
        int end = c.end(d.next - 1);
        int numberStart = c.start(d.numberFirst);
        int numberEnd = c.end(d.numberLast - 1);
        String span = text.substring(start, end);
        String number = numberStart == start && numberEnd == end ? span : text.substring(numberStart, numberEnd);
        List<String> words = mixedWithin(mixed, start, end);
        Optional<Mention> secondary = d.secondaryDraft == null ? Optional.empty()
                : Optional.of(toMention(d.secondaryDraft, c, doc, text, boilerplate, mixed));
        return new Mention(doc, start, end, span, number, d.kind, d.hedge, d.unit,
                quantity(d), Optional.ofNullable(d.yearless), d.scaleWord(), d.counted, secondary,
                Optional.ofNullable(d.anchor), boilerplate, words, Optional.ofNullable(d.per), d.change);
    }

    /** The mixed-script words overlapping [start, end), found by binary search in the sorted list. */
    private static List<String> mixedWithin(List<Extraction.MixedScriptWord> mixed, int start, int end) {
        int lo = 0;
        int hi = mixed.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mixed.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == mixed.size() || mixed.get(lo).start() >= end) {
            return List.of();
        }
        List<String> words = new ArrayList<>(1);
        for (int k = lo; k < mixed.size() && mixed.get(k).start() < end; k++) {
            words.add(mixed.get(k).word());
        }
        return words;
    }

    private static Optional<Quantity> quantity(Draft d) {
        if (d.yearless != null) {
            return Optional.empty();
        }
        if (d.kind == Mention.Kind.DATE) {
            return Optional.of(d.date != null ? Quantity.date(d.date, d.hedge)
                    : new Quantity(Optional.empty(), d.hedge, Optional.of(Value.of(d.dateLower)),
                    Optional.of(Value.of(d.dateUpper)), Unit.DATE));
        }
        return Optional.of(d.isRange() ? Quantity.range(d.lower, d.upper, d.unit) : Quantity.of(d.value, d.hedge, d.unit));
    }
}
