package org.claimstat.check;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Claim;
import org.claimstat.PartialDate;

/**
 * The {@code dates} check's reading of a quote that names a day both ways: "a World Bank report released on Wednesday
 * (March 23)" in a paper of 23 March 2023, a Thursday. Where the weekday and the date a quote puts side by side do not
 * fall on one day in the year nearest the source's publication, one of them is wrong, and so may be the date a claim
 * of that sentence was given: a {@code warning} ("misdated") naming the claims that share the quote. Quotes of sources
 * without a publication date are not read.
 */
final class Weekdays {
    private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A weekday then a date: "Wednesday (March 23)", "Wednesday, March 23", "Wednesday 23 March", "Wednesday, 23rd March". */
    private static final Pattern NAMED = Pattern.compile("\\b" + DAY + "[,\\s]*\\(?\\s*(?:" + MONTH + "\\s+(\\d{1,2})\\b"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")");

    private Weekdays() {
    }

    /** Returns the warnings for the quotes of {@code claims} whose weekday and date disagree, one per source and quote. */
    static List<Finding> find(List<Claim> claims, CheckContext context, int[] counts) {
        Map<String, List<Claim>> byQuote = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.quote().contains("day") && NAMED.matcher(c.quote()).find()) {
                byQuote.computeIfAbsent(c.source() + "\u0000" + c.quote(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Claim> same : byQuote.values()) {
            Claim c = same.get(0);
            Optional<LocalDate> published = context.findSource(c.source()).flatMap(s -> s.published()).map(d -> d.firstDay());
            if (published.isEmpty()) {
                continue;
            }
            counts[0]++;
            Optional<Finding> f = check(same, published.get(), context);
            f.ifPresent(findings::add);
            counts[1] += f.isPresent() ? 0 : 1;
        }
        return findings;
    }

    private static Optional<Finding> check(List<Claim> same, LocalDate published, CheckContext context) {
        Matcher m = NAMED.matcher(same.get(0).quote());
        while (m.find()) {
            DayOfWeek said = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            String month = m.group(2) != null ? m.group(2) : m.group(5);
            int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
            Optional<LocalDate> date = nearest(month, day, published);
            if (date.isPresent() && date.get().getDayOfWeek() != said) {
                LocalDate d = date.get();
                LocalDate weekday = d.minusDays(3).with(java.time.temporal.TemporalAdjusters.nextOrSame(said));
                String written = m.group().strip() + (m.group().contains("(") ? ")" : "");
                String message = "Misdated: \"" + written + "\" in the quote of " + Words.claims(same, context)
                        + " names two different days: " + Words.date(PartialDate.of(d)) + " was a " + name(d.getDayOfWeek())
                        + ", and the nearest " + name(said) + " was " + Words.date(PartialDate.of(weekday)) + ". The weekday"
                        + " or the date is wrong, and with it perhaps the date given to the claim" + (same.size() == 1 ? "" : "s")
                        + ".";
                return Optional.of(new Finding(DatesCheck.ID, Severity.WARNING, Text.ids(same), message));
            }
        }
        return Optional.empty();
    }

    /** Returns the day of {@code month} and {@code day} in the year that puts it nearest the publication date. */
    private static Optional<LocalDate> nearest(String month, int day, LocalDate published) {
        int m = monthNumber(month);
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            try {
                LocalDate d = LocalDate.of(year, m, day);
                if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay())
                        < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                    best = d;
                }
            } catch (DateTimeException e) {
                // no such day in that year (30 February, 29 February of a common year): try the others
            }
        }
        return Optional.ofNullable(best);
    }

    private static int monthNumber(String month) {
        String m = month.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
