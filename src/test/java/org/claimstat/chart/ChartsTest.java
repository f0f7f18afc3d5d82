package org.claimstat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.dataset.DatasetInfo;
import org.claimstat.testing.SampleDatasets;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

class ChartsTest {
    private static final ClaimDataset SAMPLE = SampleDatasets.sample();

    private static XYPlot plot(JFreeChart chart) {
        return (XYPlot) chart.getPlot();
    }

    private static XYIntervalSeries series(JFreeChart chart, String key) {
        XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) plot(chart).getDataset();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (data.getSeries(i).getKey().equals(key)) {
                return data.getSeries(i);
            }
        }
        throw new AssertionError("no series " + key);
    }

    private static List<OpenEndArrow> arrows(JFreeChart chart) {
        return ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot(chart).getRenderer()).getAnnotations().stream()
                .filter(OpenEndArrow.class::isInstance).map(OpenEndArrow.class::cast).toList();
    }

    private static <A> List<A> annotations(JFreeChart chart, Class<A> type) {
        return ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot(chart).getRenderer()).getAnnotations().stream()
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** Returns each band's spread as {low, high, top row edge, bottom row edge}. */
    private static List<List<Double>> spreads(JFreeChart chart) {
        return annotations(chart, XYPolygonAnnotation.class).stream().map(XYPolygonAnnotation::getPolygonCoordinates)
                .map(p -> List.of(p[0], p[2], p[1], p[5])).toList();
    }

    private static List<List<Double>> centres(JFreeChart chart) {
        return annotations(chart, XYLineAnnotation.class).stream()
                .map(l -> List.of(l.getX1(), l.getY1(), l.getY2())).toList();
    }

    /** Two countries in one year, their claims published in turn, three independent sources each. */
    private static ClaimDataset twoCountries() {
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int[][] values = {{40, 10}, {50, 20}, {70, 12}};
        for (int i = 0; i < values.length; i++) {
            sources.add(Source.of("s" + i, "Paper " + i, "t", PartialDate.parse("2025-0" + (i + 1) + "-01")));
            for (int e = 0; e < 2; e++) {
                String entity = e == 0 ? "US" : "CN";
                claims.add(Claim.of(entity + i, "m", entity, Period.of(PartialDate.ofYear(2024)),
                        Quantity.exact(BigDecimal.valueOf(values[i][e]), Unit.parse("model")), ClaimKind.STATEMENT,
                        "author " + i, "s" + i, String.valueOf(values[i][e])));
            }
        }
        Indicator models = Indicator.of("m", "Models", Unit.parse("model"), Aggregation.FLOW, "");
        return ClaimDataset.of(new DatasetInfo("two", "two", "", List.of()), sources, List.of(models), claims,
                List.of(), List.of());
    }

    @Test
    void forest_hasOneRowPerClaimLabelledWithSourceAndPublicationDate() {
        SymbolAxis rows = (SymbolAxis) plot(Charts.forest(SAMPLE, "it_emigrants")).getRangeAxis();
        List<String> labels = List.of(rows.getSymbols());
        assertEquals(List.of("RBC, 15 Nov 2022", "Reuters, 20 Dec 2022"), labels.subList(0, 2), "claimant left out where it names the outlet");
        assertTrue(labels.get(2).startsWith("Ministry of Digital") && labels.get(2).endsWith("…, 21 Dec 2022"), labels.get(2));
        assertEquals(List.of("Le Monde, 5 Jan 2023 · RAEC", "↳ France 24, 5 Jan 2023 · RAEC", "Novaya Gazeta, 2 Mar 2023 · an ex…"),
                labels.subList(3, 6), "the copy of one wire figure follows its first, marked ↳");
    }

    @Test
    void forest_drawsOpenEndsAsArrowsFromTheStatedValue() {
        JFreeChart chart = Charts.forest(SAMPLE, "it_emigrants");
        List<OpenEndArrow> arrows = arrows(chart);
        assertEquals(List.of(new OpenEndArrow(150_000, 2, true, true, Axes.INDEPENDENT),
                new OpenEndArrow(170_000, 5, true, false, Axes.INDEPENDENT)), arrows);
        XYIntervalSeries independent = series(chart, ForestPlot.INDEPENDENT);
        assertEquals(150_000, independent.getXHighValue(1));
        assertEquals(170_000, independent.getXLowValue(2));
    }

    @Test
    void forest_putsSyndicatedCopiesAndRangesInTheirOwnSeries() {
        JFreeChart chart = Charts.forest(SAMPLE, "it_emigrants");
        XYIntervalSeries copies = series(chart, ForestPlot.SYNDICATED);
        assertEquals(2, copies.getItemCount());
        assertEquals(3.0, copies.getYValue(0));
        assertEquals(100_000, copies.getXLowValue(0), "'about' draws a soft band, not a capped bar");
        assertEquals(3, ((org.jfree.chart.renderer.xy.XYErrorRenderer) plot(chart).getRenderer()).getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYBoxAnnotation).count(), "soft bands of the 'about' and 'estimated' claims");
        XYIntervalSeries range = series(chart, ForestPlot.RANGE);
        assertEquals(60_000, range.getX(0).doubleValue());
        assertEquals(50_000, range.getXLowValue(0));
        assertEquals(70_000, range.getXHighValue(0));
    }

    @Test
    void forest_defaultBandIsMedianAndQuartilesOfIndependentSources() {
        JFreeChart chart = Charts.forest(SAMPLE, "it_emigrants");
        assertEquals(List.of(List.of(60_000.0, 100_000.0, -0.45, 5.45)), spreads(chart));
        assertEquals(List.of(List.of(100_000.0, -0.45, 5.45)), centres(chart));
        assertEquals(null, plot(chart).getDomainMarkers(Layer.BACKGROUND));
        List<DefaultBand.Group> groups = DefaultBand.of(SAMPLE, SAMPLE.indicator("it_emigrants").orElseThrow());
        assertEquals(List.of(Band.of(60_000, 100_000, 100_000,
                "median 100,000 people of 3 independent sources, shaded between the quartiles")),
                groups.stream().map(DefaultBand.Group::band).toList());
    }

    @Test
    void forest_drawsEachEntityAndPeriodsBandOverItsOwnRowsOnly() throws java.io.IOException {
        JFreeChart chart = Charts.forest(twoCountries(), "m");
        assertEquals(List.of("", "Paper 0, 1 Jan 2025 · author 0", "Paper 1, 1 Feb 2025 · author 1", "Paper 2, 1 Mar 2025 · author 2",
                "", "Paper 0, 1 Jan 2025 · author 0", "Paper 1, 1 Feb 2025 · author 1", "Paper 2, 1 Mar 2025 · author 2"),
                List.of(((SymbolAxis) plot(chart).getRangeAxis()).getSymbols()));
        assertEquals(List.of(List.of(10.0, 20.0, 0.55, 3.45), List.of(40.0, 70.0, 4.55, 7.45)), spreads(chart));
        assertEquals(List.of(List.of(12.0, 0.55, 3.45), List.of(50.0, 4.55, 7.45)), centres(chart));
        assertEquals(null, plot(chart).getDomainMarkers(Layer.BACKGROUND));
        assertEquals("Green bands: median of each group's independent sources, quartiles shaded",
                ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText());
        assertEquals(List.of("CN · 2024   consensus 12 models (3 independent sources)", "US · 2024   consensus 50 models (3 independent sources)"),
                ((org.jfree.chart.renderer.xy.XYErrorRenderer) plot(chart).getRenderer()).getAnnotations().stream()
                        .filter(a -> a instanceof RowHeading).map(Object::toString).toList());
        assertEquals("consensus band", plot(chart).getFixedLegendItems().get(2).getLabel());
        ChartExport.writePng(chart, java.nio.file.Files.createDirectories(Path.of("target", "chart-previews"))
                .resolve("two-countries.png"));
    }

    @Test
    void forest_bundledAiNationsShadesNoRows_whereStanfordHaiIsTheOnlyWitnessOfEachCountry() throws java.io.IOException {
        ClaimDataset nations = ClaimDatasets.load("ai-nations");
        JFreeChart chart = Charts.forest(nations, "notable_ai_models");
        List<String> rows = List.of(((SymbolAxis) plot(chart).getRangeAxis()).getSymbols());
        // three groups since the audit filed Statista's counts under 2023, the year its chart counts: each a heading row
        assertEquals(List.of(true, false, true, false, true, false, false, true, false, false),
                rows.stream().map(String::isEmpty).toList());
        assertEquals(List.of(), spreads(chart), "every claim is Stanford HAI's: one witness, no spread");
        assertEquals(List.of(), centres(chart));
        Path previews = java.nio.file.Files.createDirectories(Path.of("target", "chart-previews"));
        ChartExport.writePng(chart, previews.resolve("ai-nations-notable_ai_models.png"));
        JFreeChart lag = Charts.forest(ClaimDatasets.load("russia-ai"), "ai_lag_behind_us_china");
        assertEquals(List.of(), spreads(lag));
        ChartExport.writePng(lag, previews.resolve("russia-ai-ai_lag_behind_us_china.png"));
    }

    @Test
    void forest_drawsTheGivenBandOrNone() {
        JFreeChart banded = Charts.forest(SAMPLE, "it_emigrants", Optional.of(Band.of(80_000, 90_000, 120_000, "mine")));
        List<Marker> markers = new ArrayList<>(plot(banded).getDomainMarkers(Layer.BACKGROUND));
        IntervalMarker spread = (IntervalMarker) markers.get(0);
        assertEquals(80_000, spread.getStartValue());
        assertEquals(120_000, spread.getEndValue());
        assertEquals(90_000, ((ValueMarker) markers.get(1)).getValue());
        assertEquals(List.of(), spreads(banded));
        JFreeChart none = Charts.forest(SAMPLE, "it_emigrants", Optional.empty());
        assertEquals(null, plot(none).getDomainMarkers(Layer.BACKGROUND));
        assertEquals(List.of(), spreads(none));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"months_since_full_scale_invasion, 34", "it_candidates_relocation_share, 40"})
    void forest_ofOneValueHasAnAxisWideEnoughToLabelItsTicksApart(String indicator, double value) {
        // One exact claim (34 months) and one open-ended claim (more than 40%) in the bundled dataset: before, both
        // axes were a hair wide and every tick read the same number.
        JFreeChart chart = Charts.forest(ClaimDatasets.load("russia-ai"), indicator);
        ChartExport.image(chart);  // lays the chart out, as drawing it does
        org.jfree.data.Range range = plot(chart).getDomainAxis().getRange();
        assertTrue(range.getLength() >= value * 0.39, range.toString());
        assertTrue(range.contains(value), range.toString());
    }

    @Test
    void forest_choosesLogAxisOnlyWhenValuesSpanTwoOrdersOfMagnitude() {
        assertInstanceOf(LogAxis.class, plot(Charts.forest(SAMPLE, "it_vacancies")).getDomainAxis());
        NumberAxis linear = assertInstanceOf(NumberAxis.class, plot(Charts.forest(SAMPLE, "it_emigrants")).getDomainAxis());
        assertEquals("thousand people", linear.getLabel());
        assertEquals("thousand vacancies, log scale", plot(Charts.forest(SAMPLE, "it_vacancies")).getDomainAxis().getLabel());
    }

    @Test
    void forest_drawsDateIndicatorsOnADateAxisInDays() {
        JFreeChart chart = Charts.forest(SAMPLE, "law_signed");
        assertInstanceOf(DateAxis.class, plot(chart).getDomainAxis());
        XYIntervalSeries s = series(chart, ForestPlot.INDEPENDENT);
        long feb15 = java.time.LocalDate.of(2024, 2, 15).toEpochDay() * Axes.DAY_MS;
        assertEquals(feb15, s.getXLowValue(0));
        assertEquals(feb15 + Axes.DAY_MS, s.getXHighValue(0));
    }

    @Test
    void forest_rejectsAnIndicatorNotInTheDataset() {
        var e = assertThrows(IllegalArgumentException.class, () -> Charts.forest(SAMPLE, "nope"));
        assertEquals("no indicator 'nope' in dataset sample; it has it_emigrants, it_vacancies, law_signed, ai_rank",
                e.getMessage());
    }

    @Test
    void timeline_marksAFigurePublishedBeforeThePeriodItReports() {
        Source s = Source.of("s1", "Paper", "t", PartialDate.parse("2023-06-01"));
        Indicator ind = Indicator.of("x", "X", Unit.PERSON, Aggregation.FLOW, "");
        Claim misdated = Claim.of("c1", "x", "RU", Period.of(PartialDate.ofYear(2024)),
                Quantity.exact(BigDecimal.TEN, Unit.PERSON), ClaimKind.STATEMENT, "a", "s1", "10");
        Claim forecast = Claim.of("c2", "x", "RU", Period.of(PartialDate.ofYear(2024)),
                Quantity.exact(BigDecimal.TEN, Unit.PERSON), ClaimKind.FORECAST, "a", "s1", "10");
        ClaimDataset d = ClaimDataset.of(new DatasetInfo("t", "t", "", List.of()), List.of(s), List.of(ind),
                List.of(misdated, forecast), List.of(), List.of());
        JFreeChart chart = Charts.timeline(d, "x");
        assertEquals(1, series(chart, Timeline.EARLY).getItemCount());
        assertEquals(1, series(chart, Timeline.PUBLISHED).getItemCount());
        XYIntervalSeries periods = series(chart, Timeline.PERIOD);
        assertEquals(java.time.LocalDate.of(2024, 1, 1).toEpochDay() * Axes.DAY_MS, periods.getXLowValue(0));
        assertEquals(java.time.LocalDate.of(2025, 1, 1).toEpochDay() * Axes.DAY_MS, periods.getXHighValue(0));
    }

    @Test
    void comparison_drawsOneSeriesPerEntityWithRanksFirstOnTop() {
        JFreeChart chart = Charts.comparison(SAMPLE, List.of("ai_rank"), "AI readiness rank by edition");
        assertTrue(plot(chart).getRangeAxis().isInverted());
        assertEquals(List.of(38.0, 31.0, 38.0), List.of(series(chart, "RU").getYValue(0), series(chart, "RU").getYValue(1),
                series(chart, "RU").getYValue(2)));
        assertEquals(2, series(chart, "KZ").getItemCount());
    }

    @Test
    void comparison_keepsSeriesApartPastTheTenColours() {
        Source s = Source.of("s1", "Paper", "t", PartialDate.parse("2025-06-01"));
        Indicator ind = Indicator.of("x", "X", Unit.PERSON, Aggregation.FLOW, "");
        List<Claim> claims = new ArrayList<>();
        for (int e = 0; e < 24; e++) {
            claims.add(Claim.of("c" + e, "x", "E" + e, Period.of(PartialDate.ofYear(2024)),
                    Quantity.exact(BigDecimal.valueOf(e + 1), Unit.PERSON), ClaimKind.STATEMENT, "a", "s1", "n"));
        }
        ClaimDataset d = ClaimDataset.of(new DatasetInfo("t", "t", "", List.of()), List.of(s), List.of(ind), claims,
                List.of(), List.of());
        var renderer = plot(Charts.comparison(d, List.of("x"), "24 entities")).getRenderer();
        java.util.Set<List<Object>> looks = new java.util.HashSet<>();
        for (int k = 0; k < 24; k++) {
            java.awt.BasicStroke stroke = (java.awt.BasicStroke) renderer.getSeriesStroke(k);
            looks.add(List.of(renderer.getSeriesPaint(k), java.util.Arrays.toString(stroke.getDashArray()),
                    renderer.getSeriesShape(k).getBounds2D().toString() + renderer.getSeriesShape(k).getClass()));
        }
        assertEquals(24, looks.size(), "every series has its own colour, line and marker");
        assertEquals(renderer.getSeriesPaint(0), renderer.getSeriesPaint(10));
        assertEquals(null, ((java.awt.BasicStroke) renderer.getSeriesStroke(0)).getDashArray());
    }

    @Test
    void comparison_rejectsIndicatorsOfDifferentUnits() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Charts.comparison(SAMPLE, List.of("it_emigrants", "it_vacancies"), "t"));
        assertEquals("indicators to compare must share a unit; it_emigrants is in person but it_vacancies is in vacancy",
                e.getMessage());
    }

    @Test
    void preferredSize_givesEachRowThirtyPixels() {
        assertEquals(new java.awt.Dimension(960, 190 + 6 * 30), Charts.preferredSize(Charts.forest(SAMPLE, "it_emigrants")));
        assertEquals(new java.awt.Dimension(960, 540), Charts.preferredSize(Charts.comparison(SAMPLE, List.of("ai_rank"), "t")));
    }

    @Test
    void commonUnit_convertsTimeUnitsAndKeepsCurrencyOut() {
        Indicator months = Indicator.of("d", "D", Unit.parse("month"), Aggregation.DURATION, "");
        Claim years = Claim.of("c", "d", "RU", Period.UNSPECIFIED, Quantity.exact(BigDecimal.ONE, Unit.parse("year")),
                ClaimKind.STATEMENT, "a", "s", "a year");
        assertEquals(12.0, CommonUnit.interval(years, months).orElseThrow().lower(), 1e-9);
        Indicator usd = Indicator.of("m", "M", Unit.parse("USD"), Aggregation.STOCK, "");
        Claim rub = Claim.of("c", "m", "RU", Period.UNSPECIFIED, Quantity.exact(BigDecimal.ONE, Unit.parse("RUB")),
                ClaimKind.STATEMENT, "a", "s", "1 rouble");
        assertEquals(Optional.empty(), CommonUnit.interval(rub, usd));
    }
}
