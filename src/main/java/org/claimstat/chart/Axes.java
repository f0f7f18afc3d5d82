package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.claimstat.PartialDate;
import org.claimstat.Unit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.ui.RectangleInsets;
import java.text.SimpleDateFormat;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** The value axis an indicator's unit calls for (dates, log or linear numbers), labels with units, and the shared look. */
final class Axes {
    static final long DAY_MS = TimeUnit.DAYS.toMillis(1);
    static final double LOG_SPAN = 100;
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color INDEPENDENT = new Color(0x1f, 0x4e, 0x79);
    static final Color SYNDICATED = new Color(0xc5, 0x5a, 0x11);
    static final Color RANGE_ONLY = new Color(0x5b, 0x5b, 0x5b);
    static final Color BAND = new Color(0x70, 0xad, 0x47, 70);
    static final Color BAND_CENTRE = new Color(0x38, 0x76, 0x1d);
    static final Color GRID = new Color(0xd9, 0xd9, 0xd9);

    private Axes() {
    }

    /** Returns the axis label for values in {@code unit}, such as {@code people}, {@code %} or {@code rank (out of 83, 1 = first)}. */
    static String label(Unit unit) {
        return label(unit, 1);
    }

    /** Returns the axis label for values in {@code unit} shown divided by {@code scale}: {@code thousand people}, {@code million USD}. */
    static String label(Unit unit, double scale) {
        return switch (unit.kind()) {
            case PERCENT -> "%";
            case RANK -> "rank (out of " + unit.rankOutOf().orElseThrow() + ", 1 = first)";
            case DATE -> "date";
            default -> (scale > 1 ? scaleWord(scale) + " " : "") + Readable.unit(unit, true);
        };
    }

    /** Returns the power of a thousand to show values up to {@code magnitude} in: 1, a thousand, a million, a billion. */
    static double scale(Unit unit, double magnitude) {
        if (unit.kind() == Unit.Kind.PERCENT || unit.kind() == Unit.Kind.RANK || unit.kind() == Unit.Kind.DATE) {
            return 1;
        }
        return magnitude >= 1e10 ? 1e9 : magnitude >= 1e7 ? 1e6 : magnitude >= 1e4 ? 1e3 : 1;
    }

    private static String scaleWord(double scale) {
        return scale >= 1e9 ? "billion" : scale >= 1e6 ? "million" : "thousand";
    }

    /** Returns true when positive values from {@code min} to {@code max} span two orders of magnitude or more. */
    static boolean wantsLog(double min, double max) {
        return min > 0 && max / min >= LOG_SPAN;
    }

    /**
     * Returns a date axis for dates, a log axis where {@link #wantsLog} holds, else a linear number axis; numbers of
     * ten thousand or more are shown in thousands, millions or billions, the scale word in the axis label.
     */
    static ValueAxis valueAxis(Unit unit, double min, double max) {
        ValueAxis axis;
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        double scale = scale(unit, magnitude);
        while (scale > 1 && !wantsLog(min, max) && max - min < scale / 10) {
            scale /= 1000;  // 45,728 to 45,774 would tick 45.73 45.73 45.74 in thousands: keep the digits that differ
        }
        if (unit.kind() == Unit.Kind.DATE) {
            axis = dateAxis(label(unit));
        } else if (wantsLog(min, max)) {
            LogAxis log = new LogAxis(label(unit, scale) + ", log scale");
            log.setNumberFormatOverride(new ScaledFormat(scale));
            log.setSmallestValue(min / 2);
            log.setTickUnit(new NumberTickUnit(1), false, false);
            log.setAutoTickUnitSelection(false);
            axis = log;
        } else {
            NumberAxis linear = new NumberAxis(label(unit, scale));
            linear.setAutoRangeIncludesZero(false);
            linear.setNumberFormatOverride(new ScaledFormat(scale));
            if (unit.kind() == Unit.Kind.RANK) {
                linear.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            // One claim, or claims that all state one value, give the axis no width: JFreeChart would tick a hair's
            // breadth and label every tick alike ("34 34 34"). A fifth of the value either side keeps it readable.
            if (max - min <= magnitude * 1e-9) {
                linear.setAutoRangeMinimumSize(magnitude > 0 ? magnitude * 0.4 : 1);
            }
            axis = linear;
        }
        axis.setUpperMargin(0.08);
        axis.setLowerMargin(0.08);
        return style(axis);
    }

    static DateAxis dateAxis(String label) {
        DateAxis axis = new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
        style(axis);
        return axis;
    }

    /**
     * Ticks a date axis in whole days, months or years, never finer than {@code finest} (the precision of the dates
     * drawn) and never at a time of day; an axis over a single day or less is widened to a few units of that precision.
     */
    static void calendarTicks(DateAxis axis, PartialDate.Precision finest) {
        TickUnits units = new TickUnits();
        if (finest == PartialDate.Precision.DAY) {
            for (int n : new int[] {1, 2, 7, 14}) {
                units.add(new DateTickUnit(DateTickUnitType.DAY, n, format("d MMM yyyy")));
            }
        }
        if (finest != PartialDate.Precision.YEAR) {
            for (int n : new int[] {1, 2, 3, 6}) {
                units.add(new DateTickUnit(DateTickUnitType.MONTH, n, format("MMM yyyy")));
            }
        }
        for (int n : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, n, format("yyyy")));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoTickUnitSelection(true);
        long days = switch (finest) {
            case DAY -> 4;
            case MONTH -> 120;
            case YEAR -> 3 * 366;
        };
        axis.setAutoRangeMinimumSize(days * DAY_MS);
    }

    /** Returns the finest precision among {@code dates} (days, months or years), years where there are none. */
    static PartialDate.Precision finest(java.util.stream.Stream<Optional<PartialDate>> dates) {
        return dates.flatMap(Optional::stream).map(PartialDate::precision).max(Enum::compareTo)
                .orElse(PartialDate.Precision.YEAR);
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ENGLISH);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    static <A extends ValueAxis> A style(A axis) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(LABEL_FONT);
        return axis;
    }

    /** Converts epoch days to the milliseconds a date axis uses. */
    static double millis(double epochDay) {
        return epochDay * DAY_MS;
    }

    /** Applies the shared look: white background, light grid, fonts, and a subtitle. */
    static JFreeChart finish(JFreeChart chart, XYPlot plot, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 28));
        chart.getTitle().setFont(TITLE_FONT);
        TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
        chart.addSubtitle(sub);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlineVisible(false);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(SUBTITLE_FONT);
        }
        return chart;
    }

    /** Adds a second subtitle line in {@code paint}, such as the consensus the band shows. */
    static void note(JFreeChart chart, String text, Color paint) {
        TextTitle note = new TextTitle(text, SUBTITLE_FONT);
        note.setPaint(paint);
        chart.addSubtitle(note);
    }
}
