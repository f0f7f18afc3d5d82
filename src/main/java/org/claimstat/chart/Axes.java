package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.claimstat.Unit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.DateTickMarkPosition;
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

    /** Returns the axis label for values in {@code unit}, such as {@code value (person)} or {@code rank (out of 83)}. */
    static String label(Unit unit) {
        return switch (unit.kind()) {
            case PERCENT -> "value (%)";
            case RANK -> "rank (out of " + unit.rankOutOf().orElseThrow() + ", 1 = first)";
            case DATE -> "date";
            default -> "value (" + unit.symbol() + ")";
        };
    }

    /** Returns true when positive values from {@code min} to {@code max} span two orders of magnitude or more. */
    static boolean wantsLog(double min, double max) {
        return min > 0 && max / min >= LOG_SPAN;
    }

    /** Returns a date axis for dates, a log axis where {@link #wantsLog} holds, else a linear number axis. */
    static ValueAxis valueAxis(Unit unit, double min, double max) {
        ValueAxis axis;
        if (unit.kind() == Unit.Kind.DATE) {
            axis = dateAxis(label(unit));
        } else if (wantsLog(min, max)) {
            LogAxis log = new LogAxis(label(unit) + ", log scale");
            log.setNumberFormatOverride(numberFormat(max));
            log.setSmallestValue(min / 2);
            log.setTickUnit(new NumberTickUnit(1), false, false);
            log.setAutoTickUnitSelection(false);
            axis = log;
        } else {
            NumberAxis linear = new NumberAxis(label(unit));
            linear.setAutoRangeIncludesZero(false);
            linear.setNumberFormatOverride(numberFormat(Math.max(Math.abs(min), Math.abs(max))));
            if (unit.kind() == Unit.Kind.RANK) {
                linear.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            // One claim, or claims that all state one value, give the axis no width: JFreeChart would tick a hair's
            // breadth and label every tick alike ("34 34 34"). A fifth of the value either side keeps it readable.
            double magnitude = Math.max(Math.abs(min), Math.abs(max));
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

    /** Ticks a date axis once a year, labelled in the middle of each year, when it spans more than a year and a half. */
    static void yearTicksIfLong(DateAxis axis, double minMillis, double maxMillis) {
        if (maxMillis - minMillis > 548 * DAY_MS) {
            SimpleDateFormat year = new SimpleDateFormat("yyyy", Locale.ENGLISH);
            year.setTimeZone(TimeZone.getTimeZone("UTC"));
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, 1, year));
            axis.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        }
    }

    static <A extends ValueAxis> A style(A axis) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(LABEL_FONT);
        return axis;
    }

    /** Returns grouped digits (200,000) below a million and compact forms (1.5M, 77B) above. */
    static NumberFormat numberFormat(double magnitude) {
        NumberFormat format = magnitude >= 1e6
                ? NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.SHORT)
                : NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(magnitude >= 1e6 ? 1 : 2);
        return format;
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
