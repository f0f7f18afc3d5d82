package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static ClaimDataset conflicting() {
        return TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .source("s1", "CNews", "2022-04-05").source("s2", "HH | jobs", "2022-04-06")
                .claim("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "CNews", "s1")
                .claim("c2", "vac", "2022-03", "exact", "96000", "vacancy", "HH", "s2").build();
    }

    @Test
    void ids_listTheBuiltInChecksInOrder() {
        assertEquals(List.of("conflict", "outlier", "part_whole", "relations", "dates", "same_figure", "syndication", "copies",
                "currency", "bounds", "text_hygiene", "stale", "scope"), Checks.ids());
    }

    @Test
    void defaults_reportEveryCheckThatRan_evenSilentOnes() {
        CheckReport report = Checks.defaults().run(conflicting());
        assertEquals(List.of("conflict", "outlier", "part_whole", "dates", "same_figure", "syndication", "copies", "currency",
                "bounds", "text_hygiene", "stale", "scope"), report.checks().stream().map(CheckRun::check).toList());
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 2L, 4L, 0L, 2L),
                report.checks().stream().map(CheckRun::examined).toList());
        assertEquals(Optional.of(Severity.CONFLICT), report.worst());
        assertTrue(report.hasAtLeast(Severity.WARNING));
    }

    @Test
    void only_rejectsAnUnknownIdNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.defaults().only(List.of("conflicts")));
        assertEquals("unknown check 'conflicts'; expected one of conflict, outlier, part_whole, relations, dates,"
                + " same_figure, syndication, copies, currency, bounds, text_hygiene, stale, scope or relations:ID", e.getMessage());
    }

    @Test
    void with_runsACustomCheckOverEachGroup() {
        Check roundNumbers = new Check() {
            @Override
            public String id() {
                return "round";
            }

            @Override
            public String description() {
                return "figures that end in three zeros";
            }

            @Override
            public Outcome run(ClaimGroup group, CheckContext context) {
                List<Finding> found = group.claims().stream()
                        .filter(c -> c.quantity().number().orElseThrow().toBigInteger().mod(
                                java.math.BigInteger.valueOf(1000)).signum() == 0)
                        .map(c -> new Finding("round", Severity.INFO, List.of(c.id()), c.id() + " is round."))
                        .toList();
                return new Outcome(group.claims().size(), group.claims().size() - found.size(), found);
            }
        };
        CheckReport report = Checks.defaults().with(roundNumbers).only(List.of("round")).run(conflicting());
        assertEquals(List.of("c1 is round.", "c2 is round."), report.findings().stream().map(Finding::message).toList());
        assertEquals(List.of(new CheckRun("round", "figures that end in three zeros", 2, 0, 2)), report.checks());
    }

    @Test
    void with_rejectsATakenId() {
        Check clash = new Check() {
            @Override
            public String id() {
                return "conflict";
            }

            @Override
            public String description() {
                return "x";
            }

            @Override
            public Outcome run(ClaimGroup group, CheckContext context) {
                return Outcome.NONE;
            }
        };
        assertEquals("check id 'conflict' is already taken",
                assertThrows(IllegalArgumentException.class, () -> Checks.defaults().with(clash)).getMessage());
    }

    @Test
    void report_asJsonTableAndMarkdown() {
        CheckReport report = Checks.defaults().only(List.of("conflict")).run(conflicting());
        String json = report.toJson();
        assertTrue(json.contains("\"findings\" : [ {\n    \"check\" : \"conflict\",\n    \"severity\" : \"conflict\",\n"
                + "    \"claims\" : [ \"c1\", \"c2\" ],\n    \"message\" : \"c1, almost 95,000 vacancies (CNews"), json);
        assertTrue(json.contains("\"checks\" : [ {\n    \"check\" : \"conflict\",\n    \"description\" : \"Witnesses of one"
                + " indicator, entity and period whose figures (hedges and rounding allowed for) cannot both hold; copies of"
                + " one origin count once.\",\n"
                + "    \"examined\" : 1,\n    \"passed\" : 0,\n    \"findings\" : 1\n  } ]"), json);
        assertTrue(json.endsWith("\"summary\" : {\n    \"info\" : 0,\n    \"warning\" : 0,\n    \"conflict\" : 1\n  }\n}"),
                json);
        assertEquals(List.of("check", "severity", "claims", "message"), report.toTable().columnNames());
        assertEquals("c1 c2", report.toTable().stringColumn("claims").get(0));
        assertEquals(1L, report.checksTable().longColumn("examined").get(0));
        String md = report.toMarkdown();
        assertTrue(md.startsWith("# Check report\n\n1 conflicts, 0 warnings, 0 info.\n\n## Findings\n\n"
                + "| severity | check | claims | message |\n|---|---|---|---|\n| conflict | conflict | c1, c2 | c1, almost"), md);
        assertTrue(md.endsWith("| conflict | 1 | 0 | 1 | Witnesses of one indicator, entity and period whose figures"
                + " (hedges and rounding allowed for) cannot both hold; copies of one origin count once. |\n"), md);
    }

    @Test
    void markdown_escapesPipesFromData() {
        ClaimDataset ds = TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .source("s1", "A", "2022-04-05").source("s2", "B | C", "2022-04-05")
                .claim("c1", "vac", "2022-03", "exact", "5", "vacancy", "X", "s1")
                .claim("c2", "vac", "2022-03", "exact", "5", "vacancy", "X", "s2").build();
        String md = Checks.defaults().only(List.of("syndication")).run(ds).toMarkdown();
        assertTrue(md.contains("(B \\| C, 5 Apr 2022"), md);
    }

    @Test
    void groups_areSortedByPeriodWithinIndicatorAndEntity() {
        ClaimDataset ds = TestData.create().indicator("a", "person", Aggregation.FLOW)
                .indicator("b", "person", Aggregation.FLOW).source("s1", "A", "2024-01-01")
                .claim("x3", "b", "2021", "exact", "1", "person", "A", "s1")
                .claim("x1", "a", "2023", "exact", "1", "person", "A", "s1")
                .claim("x2", "a", "2022-05", "exact", "1", "person", "A", "s1")
                .claim("x0", "a", "2022", "exact", "1", "person", "A", "s1").build();
        List<ClaimGroup> groups = Groups.of(ds.claims(), Grouping.INDICATOR_ENTITY, CheckContext.of(ds, 7));
        assertEquals(List.of(List.of("x0", "x2", "x1"), List.of("x3")),
                groups.stream().map(g -> g.claims().stream().map(Claim::id).toList()).toList());
        for (ClaimGroup g : groups) {
            assertEquals(ClaimGroup.of(Grouping.INDICATOR_ENTITY, g.claims()), g);
        }
        assertFalse(Groups.of(ds.claims(), Grouping.ENTITY, CheckContext.of(ds, 7)).isEmpty());
    }
}
