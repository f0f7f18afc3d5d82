package org.claimstat.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Axis tick labels in thousands, millions or billions ({@code 45.8} for 45,756 on a "thousand people" axis), with separators. */
final class ScaledFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final double scale;
    private final DecimalFormat digits = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

    ScaledFormat(double scale) {
        this.scale = scale;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return digits.format(number / scale, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        Number n = digits.parse(source, parsePosition);
        return n == null ? null : n.doubleValue() * scale;
    }
}
