package org.claimstat.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Value;
import org.claimstat.extract.Mention;

/**
 * The words of a sentence that say a time, each read as a period against the publication day: the extractor's dates
 * ("since 21 September", "by the end of April", "in 2022") and the words relative to publication it does not read
 * ("so far this year", "last year", "this time last year", "yesterday", "on Tuesday", "in the past five years").
 */
final class TimeWords {
    /** Which end of an expression's period the sentence leaves open for another date to close. */
    enum Open { NONE, END }

    /**
     * One expression of time.
     *
     * @param start index of its first char
     * @param end index after its last char
     * @param words the words as written
     * @param period the period it names
     * @param open whether its end is left open ("since 2018")
     * @param why the reason, for the review notes
     * @param penalty chars added to its distance from a number: a possessive weekday ("Saturday's arrivals") names
     *     another figure's day
     */
    record Expr(int start, int end, String words, Period period, Open open, String why, int penalty) {
        Expr(int start, int end, String words, Period period, Open open, String why) {
            this(start, end, words, period, open, why, 0);
        }

        boolean contains(Expr o) {
            return start <= o.start && o.end <= end && (start < o.start || o.end < end);
        }
    }

    private static final String N = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String UNIT = "(day|week|month|year)s?";
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(so far this (?:year|week|month)|"
            + "(?:for )?the year so far|this year so far|year to date|since the (?:start|beginning) of (?:the|this) year|"
            + "(?:by |at |around )?(?:this|the same) (?:time|point|stage) (?:last|a) year|earlier this (?:week|month|year)|"
            + "this (?:year|month|week)|(?:last|previous|past) (?:year|month|week)|next year|"
            + "yesterday|today|over the weekend|last weekend|this weekend|christmas day|new year's (?:day|eve)|"
            + "by the end of (?:the|this) year|(?:in|over|during) the (?:past|last|previous) " + N + " " + UNIT + "|"
            + N + " " + UNIT + " ago|(?:have|has) (?:\\w{1,20} ){1,2}in " + N + " " + UNIT + ")\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:on|last|this) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\\b");
    private static final Pattern SAME_STAGE = Pattern.compile(
            "(?i)\\b(?:(?:this|that|the same|the equivalent|an equivalent) (?:stage|time|point|period)|"
                    + "by this (?:time|stage|point)) (?:in|of)\\s*$");
    /** "since the war began in", "since the government signed the deal in": the date after it opens a period. */
    private static final Pattern BEGAN = Pattern.compile("(?i)\\bsince\\b[^,.;\\d]{0,90}\\b(?:on|in)\\s*$");
    /** A date right after a weekday ("on Tuesday, December 3"): the date says the day, not the weekday. */
    private static final Pattern DATE_AFTER = Pattern.compile("(?i)^,?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d|^,?\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    /** Events news dates numbers from without giving the date, with their dates. */
    private static final Pattern EVENT_SINCE = Pattern.compile("(?i)\\bsince (?:the )?(?:start of (?:the )?|beginning of "
            + "(?:the )?|announcement of (?:the )?)?(?:so-called )?(?:[\"“]?partial[\"”]? )?(mobili[sz]ation|invasion)\\b");
    /** "at the end of April": the date is a point, the last day of the month or year it names. */
    private static final Pattern AT_THE_END = Pattern.compile("(?i)\\bat\\s*$");
    private static final Pattern END_OF = Pattern.compile("(?i)^(?:the )?end of\\b");
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:the )?(?:first )?" + N + " " + UNIT + "\\s*$");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private static final int POSSESSIVE_PENALTY = 30;

    private TimeWords() {
    }

    /** Returns the expression of a date mention, or null where it has no date. */
    static Expr ofDate(String text, Mention d, Optional<PartialDate> published) {
        Optional<PartialDate> lower = d.lower().filter(Value.Date.class::isInstance).map(v -> ((Value.Date) v).date());
        Optional<PartialDate> upper = d.upper().filter(Value.Date.class::isInstance).map(v -> ((Value.Date) v).date());
        if (lower.isPresent() && upper.isPresent()) {
            return new Expr(d.start(), d.end(), d.text(), Period.of(lower.get(), upper.get()), Open.NONE,
                    "from '" + d.text() + "'");
        }
        PartialDate date = Periods.resolve(d, published);
        if (date == null) {
            return null;
        }
        String why = "from '" + d.text() + "'" + (d.yearless().isPresent() ? " in the publication's year" : "");
        String before = text.substring(Math.max(0, d.start() - 100), d.start());
        if (d.hedge() == Hedge.AT_LEAST || d.hedge() == Hedge.MORE_THAN || BEGAN.matcher(before).find()) {
            Matcher span = SPAN_BEFORE.matcher(before);
            if (span.find() && count(span.group(1)) > 0) {
                LocalDate to = plus(date.firstDay(), count(span.group(1)), span.group(2));
                return new Expr(span.start() + d.start() - before.length(), d.end(), span.group() + d.text(),
                        Period.of(date, PartialDate.of(to)), Open.NONE, "from '" + span.group() + d.text() + "'");
            }
            return new Expr(d.start(), d.end(), d.text(), new Period(Optional.of(date), Optional.empty()), Open.END,
                    why);
        }
        if (d.hedge() == Hedge.AT_MOST || d.hedge() == Hedge.LESS_THAN) {
            return new Expr(d.start(), d.end(), d.text(), new Period(Optional.empty(), Optional.of(date)), Open.NONE,
                    "until '" + d.text() + "'");
        }
        if (date.precision() != PartialDate.Precision.DAY && AT_THE_END.matcher(before).find()
                && END_OF.matcher(d.text()).find()) {
            return new Expr(d.start(), d.end(), d.text(), Period.of(PartialDate.of(date.lastDay())), Open.NONE,
                    "'at " + d.text() + "': its last day");
        }
        Optional<LocalDate> pub = published.filter(p -> p.precision() == PartialDate.Precision.DAY)
                .map(PartialDate::firstDay);
        if (pub.isPresent() && date.precision() == PartialDate.Precision.YEAR) {
            LocalDate p = pub.get();
            if (SAME_STAGE.matcher(before).find()) {
                return new Expr(d.start(), d.end(), d.text(), Period.of(PartialDate.of(LocalDate.of(date.year(), 1, 1)),
                        PartialDate.of(p.withYear(date.year()))), Open.NONE,
                        "the same part of " + date.year() + " as of the publication date");
            }
            if (date.year() == p.getYear() && p.getDayOfYear() > 1) {
                return new Expr(d.start(), d.end(), d.text(), Period.of(PartialDate.of(p.withDayOfYear(1)),
                        PartialDate.of(p)), Open.NONE, "'" + d.text() + "' is the publication's year: to that date");
            }
        }
        return new Expr(d.start(), d.end(), d.text(), Period.of(date), Open.NONE, why);
    }

    /** Returns the expressions relative to publication day {@code pub} in {@code from..to} of {@code text}. */
    static List<Expr> relative(String text, int from, int to, LocalDate pub) {
        List<Expr> out = new ArrayList<>();
        Matcher r = RELATIVE.matcher(text).region(from, to);
        while (r.find()) {
            Period p = relative(r, pub);
            if (p != null) {
                out.add(new Expr(r.start(), r.end(), r.group(), p, Open.NONE,
                        "from '" + r.group() + "' and the publication date"));
            }
        }
        Matcher e = EVENT_SINCE.matcher(text).region(from, to);
        if (e.find()) {
            LocalDate d = e.group(1).toLowerCase(Locale.ROOT).startsWith("mobili") ? LocalDate.of(2022, 9, 21)
                    : LocalDate.of(2022, 2, 24);
            if (!d.isAfter(pub)) {
                out.add(new Expr(e.start(), e.end(), e.group(), new Period(Optional.of(PartialDate.of(d)),
                        Optional.empty()), Open.END, "from '" + e.group() + "': Russia's " + e.group(1) + " began " + d));
            }
        }
        Matcher w = WEEKDAY.matcher(text).region(from, to);
        while (w.find()) {
            if (DATE_AFTER.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 20))).find()) {
                continue;
            }
            DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
            boolean thisWeek = w.group().startsWith("this ");
            LocalDate d = thisWeek ? pub.with(ChronoField.DAY_OF_WEEK, dow.getValue())
                    : pub.with(TemporalAdjusters.previousOrSame(dow));
            boolean possessive = w.group().endsWith("s") && !w.group(1).endsWith("s");
            out.add(new Expr(w.start(), w.end(), w.group(), Period.of(PartialDate.of(d)), Open.NONE,
                    "'" + w.group() + "': the " + (thisWeek ? w.group(1) + " of the publication's week (Monday to "
                    + "Sunday)" : "last " + w.group(1) + " up to the publication date"),
                    possessive ? POSSESSIVE_PENALTY : 0));
        }
        return out;
    }

    private static Period relative(Matcher r, LocalDate pub) {
        String w = r.group(1).toLowerCase(Locale.ROOT);
        LocalDate jan1 = pub.withDayOfYear(1);
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (w.contains("time") || w.contains("point") || w.contains("stage")) {
            LocalDate a = pub.minusYears(1);
            return between(a.withDayOfYear(1), a);
        }
        if (w.contains("so far this week") || w.equals("this week") || w.equals("earlier this week")) {
            return between(monday, w.startsWith("earlier") ? pub.minusDays(1) : pub);
        }
        if (w.contains("month") && !w.startsWith("last") && !w.startsWith("previous") && !w.startsWith("past")
                && !w.contains(" the ") && !w.contains("ago")) {
            return between(pub.withDayOfMonth(1), pub);
        }
        if (w.contains("so far") || w.contains("year so far") || w.contains("to date") || w.startsWith("since the")
                || w.equals("this year") || w.equals("earlier this year")) {
            return between(jan1, pub);
        }
        if (w.equals("last year") || w.equals("previous year") || w.equals("past year")) {
            return Period.of(PartialDate.ofYear(pub.getYear() - 1));
        }
        if (w.equals("next year")) {
            return Period.of(PartialDate.ofYear(pub.getYear() + 1));
        }
        if (w.startsWith("by the end of")) {
            return new Period(Optional.empty(), Optional.of(PartialDate.of(LocalDate.of(pub.getYear(), 12, 31))));
        }
        if (w.equals("last month") || w.equals("previous month") || w.equals("past month")) {
            LocalDate d = pub.minusMonths(1);
            return Period.of(PartialDate.ofMonth(d.getYear(), d.getMonthValue()));
        }
        if (w.equals("last week") || w.equals("previous week") || w.equals("past week")) {
            return between(monday.minusWeeks(1), monday.minusDays(1));
        }
        if (w.contains("weekend")) {
            LocalDate sat = pub.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return between(sat, sat.plusDays(1));
        }
        if (w.equals("yesterday")) {
            return Period.of(PartialDate.of(pub.minusDays(1)));
        }
        if (w.equals("today")) {
            return Period.of(PartialDate.of(pub));
        }
        if (w.startsWith("christmas") || w.startsWith("new year")) {
            LocalDate d = w.startsWith("christmas") ? LocalDate.of(pub.getYear(), 12, 25)
                    : w.endsWith("eve") ? LocalDate.of(pub.getYear(), 12, 31) : LocalDate.of(pub.getYear(), 1, 1);
            return Period.of(PartialDate.of(d.isAfter(pub) ? d.minusYears(1) : d));
        }
        if (r.group(2) != null && count(r.group(2)) > 0) {
            return between(plus(pub, -count(r.group(2)), r.group(3)), pub);
        }
        if (r.group(4) != null && count(r.group(4)) > 0) {
            return Period.of(PartialDate.of(plus(pub, -count(r.group(4)), r.group(5))));
        }
        if (r.group(6) != null && count(r.group(6)) > 0) {  // "have left in three years": the years up to now
            return between(plus(pub, -count(r.group(6)), r.group(7)), pub);
        }
        return null;
    }

    private static Period between(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? Period.of(PartialDate.of(a)) : Period.of(PartialDate.of(a), PartialDate.of(b));
    }

    static LocalDate plus(LocalDate d, int n, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> d.plusDays(n);
            case "week" -> d.plusWeeks(n);
            case "month" -> d.plusMonths(n);
            default -> d.plusYears(n);
        };
    }

    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && w.length() < 4 && w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return NUMBER_WORDS.indexOf(w) + 1;
    }
}
