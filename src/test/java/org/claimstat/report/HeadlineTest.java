package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Claim;
import org.claimstat.chart.Readable;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.testing.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {
    private static Claim claim(String id, String quantity) {
        return Claim.of(id, "cost", "PK", "2022", quantity, "s1");
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "$10 billion | about $40 billion | the highest is 4 times the lowest",
            "$8 billion | $8.57 billion | the highest is 7.1% above the lowest",
            "8,565 people | 8,570 people | the highest is 0.06% above the lowest",
            "12% | 15% | 3 percentage points apart",
            "1,700 deaths | 33,000 deaths | the highest is 19 times the lowest"})
    void gap_saysHowFarApartInTheWordsOfTheUnit(String low, String high, String words) {
        assertEquals(Optional.of(words), Headline.gap(claim("a", low), claim("b", high)));
    }

    @Test
    void gap_isNotGivenAcrossUnitsOrForEqualValues() {
        assertEquals(Optional.empty(), Headline.gap(claim("a", "$10 billion"), claim("b", "3.2 trillion PKR")));
        assertEquals(Optional.empty(), Headline.gap(claim("a", "$30 billion"), claim("b", "about $30 billion")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "about 40,000,000,000 USD | about 40 billion USD",
            "8,570,000,000 USD | 8.57 billion USD",
            "more than 2,100,000 people | more than 2.1 million people",
            "45,756,123 people | 45,756,123 people",
            "3.2 trillion PKR | 3.2 trillion PKR",
            "950,000 people | 950,000 people"})
    void briefly_putsMillionsInWordsWhereEveryDigitIsKept(String quantity, String brief) {
        assertEquals(brief, Readable.briefly(org.claimstat.Quantity.parse(quantity)));
    }

    @Test
    void finding_opensWithTheValuesItNamesLowestFirstAndHowFarApart() {
        String html = Report.of(SampleDatasets.sample(), SampleDatasets.sampleFindings(), SampleDatasets.sampleRuns()).html();
        String finding = html.substring(html.indexOf("id=\"finding-1\""), html.indexOf("</li>", html.indexOf("id=\"finding-1\"")));
        assertTrue(finding.startsWith("id=\"finding-1\"><div class=\"finding-body with-chart\"><p class=\"headline\">"
                + "<strong>50,000 to 70,000 people</strong> (RBC, 15 Nov 2022) against <strong>more than 150,000 people</strong>"), finding);
        assertTrue(finding.contains(": <strong>the highest is 2.5 times the lowest</strong></p><p class=\"explain\">"), finding);
    }

    /**
     * On a real dataset of many outlets, every conflict opens with a headline naming each claim's value and outlet
     * (or the lowest and highest of many), the chart follows it in the page before the explanation and the table, and
     * no value in the findings' tables spells out a figure of a billion digit by digit.
     */
    @Test
    void everyConflictOfARealDataset_opensWithItsValuesBeforeTheExplanation() throws Exception {
        String html = pakistan().html();
        Matcher li = Pattern.compile("<li class=\"finding conflict\" id=\"[^\"]+\">(.*?)</li>", Pattern.DOTALL).matcher(html);
        int conflicts = 0;
        while (li.find()) {
            String body = li.group(1);
            conflicts++;
            assertTrue(body.matches("(?s)<div class=\"finding-body( with-chart)?\"><p class=\"headline\"><strong>.*"), body);
            int explain = body.indexOf("<p class=\"explain\">");
            String headline = body.substring(0, explain);
            assertTrue(headline.contains(" against <strong>"), headline);
            assertTrue(headline.contains("the highest is") || headline.contains("apart"), "says by how much: " + headline);
            String table = body.substring(body.indexOf("<table"), body.indexOf("</table>"));
            assertTrue(!Pattern.compile("\\d{1,3}(,\\d{3}){3}").matcher(table).find(), "billions in words: " + table);
        }
        assertTrue(conflicts >= 10, "pakistan-floods-2022 has many conflicts: " + conflicts);
    }

    /** The claims tables in the Markdown of a real dataset write values and intervals readably: no exponent, no bare run of digits. */
    @Test
    void markdownClaimsTablesOfARealDataset_writeNoRawDoubles() throws Exception {
        int rows = 0;
        for (String line : pakistan().markdown().split("\n")) {
            String[] cells = line.split(" \\| ");
            if (line.startsWith("| ") && cells.length == 7 && !line.startsWith("| Claim ")) {
                rows++;
                for (String cell : List.of(cells[1], cells[3])) {
                    assertTrue(!Pattern.compile("\\dE\\d|\\d{5,}").matcher(cell).find(), "raw number in '" + cell + "': " + line);
                }
            }
        }
        assertTrue(rows >= 200, "the claims tables' rows: " + rows);
    }

    private static Report pakistan;

    private static synchronized Report pakistan() throws Exception {
        if (pakistan == null) {
            ClaimDataset data = ClaimDatasets.read(Path.of("src/test/resources/draft/pakistan-floods-2022/gold"));
            pakistan = Report.of(data);
        }
        return pakistan;
    }
}
