package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.scorecard.TestScorecards.ratioLine;
import static org.kpiengine.scorecard.TestScorecards.salesManagerFacts;
import static org.kpiengine.scorecard.TestScorecards.salesManagerMatrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Warning;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

class ScorecardTest {

    private static List<ScorecardLine> equalLines(int count, String weight) {
        return IntStream.range(0, count).mapToObj(i -> ratioLine("kpi" + i, weight, "100")).collect(Collectors.toList());
    }

    private static List<Warning.Code> codes(Scorecard scorecard) {
        return scorecard.warnings().stream().map(Warning::code).collect(Collectors.toList());
    }

    @Test
    void builderAndOfMakeTheSameScorecard() {
        Scorecard built = salesManagerMatrix();
        assertEquals(built, Scorecard.of(built.lines()));
        assertEquals(built.hashCode(), Scorecard.of(built.lines()).hashCode());
        assertEquals(4, built.size());
        assertTrue(built.has("deals"));
        assertFalse(built.has("revenue"));
        assertEquals("deals", built.line("deals").id());
        assertFalse(built.isForManager());
        assertEquals("Scorecard[contacts 0.4, deals 0.3, conversion 0.2, average-check 0.1]", built.toString());
    }

    @Test
    void linesKeepTheirOrderAndAreCopied() {
        List<ScorecardLine> lines = new ArrayList<>(salesManagerMatrix().lines());
        Scorecard scorecard = Scorecard.of(lines);
        lines.clear();
        assertEquals(List.of("contacts", "deals", "conversion", "average-check"),
                scorecard.lines().stream().map(ScorecardLine::id).collect(Collectors.toList()));
        assertThrows(UnsupportedOperationException.class, () -> scorecard.lines().clear());
    }

    @Test
    void rejectsAnEmptyScorecardEveryWay() {
        assertRejected(Reason.EMPTY_SCORECARD, null, "0", () -> Scorecard.of(List.of()));
        assertRejected(Reason.EMPTY_SCORECARD, null, "0", () -> Scorecard.builder().build());
        assertRejected(Reason.EMPTY_SCORECARD, null, "0", () -> Scorecard.builder().weightsTotalling(100).build());
        assertRejected(Reason.EMPTY_SCORECARD, null, "0", () -> Scorecard.ofWeightsTotalling(100, List.of()));
    }

    @Test
    void rejectsDuplicateIdsEveryWay() {
        List<ScorecardLine> twice = List.of(ratioLine("calls", "0.5", "100"), ratioLine("calls", "0.5", "200"));
        String message = assertRejected(Reason.DUPLICATE_INDICATOR, "calls", "calls", () -> Scorecard.of(twice)).getMessage();
        assertEquals("indicator 'calls' appears twice on the scorecard", message);
        assertRejected(Reason.DUPLICATE_INDICATOR, "calls", "calls",
                () -> Scorecard.ofWeightsTotalling(100, List.of(ratioLine("calls", "40", "100"), ratioLine("calls", "40", "200"))));
        // A duplicate is reported as such even when the weights do not total either.
        assertRejected(Reason.DUPLICATE_INDICATOR, "calls", "calls",
                () -> Scorecard.builder().add(ratioLine("calls", "0.7", "100")).add(ratioLine("calls", "0.7", "100")).build());
    }

    @ParameterizedTest
    @CsvSource({"0.9999", "1.0001", "0", "0.4", "100"})
    void rejectsWeightsThatDoNotTotalOne(String second) {
        String total = new java.math.BigDecimal("0.5").add(new java.math.BigDecimal(second)).toPlainString();
        List<ScorecardLine> lines = List.of(ratioLine("calls", "0.5", "100"), ratioLine("deals", second, "10"));
        String message = assertRejected(Reason.WEIGHTS_TOTAL, null, total, () -> Scorecard.of(lines)).getMessage();
        assertEquals("weights must total 1, but total " + total + " (calls 0.5, deals " + Weight.of(second) + ")", message);
    }

    @Test
    void acceptsWeightsTotalling100Or10OnlyWhenDeclared() {
        List<ScorecardLine> percent = List.of(ratioLine("calls", "60", "100"), ratioLine("deals", "40", "10"));
        assertRejected(Reason.WEIGHTS_TOTAL, null, "100", () -> Scorecard.of(percent));
        Scorecard normalised = Scorecard.ofWeightsTotalling(100, percent);
        assertEquals(Weight.of("0.6"), normalised.line("calls").weight());
        assertEquals(Weight.of("0.4"), normalised.line("deals").weight());
        assertEquals(Scorecard.of(List.of(ratioLine("calls", "0.6", "100"), ratioLine("deals", "0.4", "10"))), normalised);

        Scorecard tenths = Scorecard.builder().weightsTotalling(10)
                .add(ratioLine("calls", "6", "100")).add(ratioLine("deals", "4", "10")).build();
        assertEquals(normalised, tenths);
        assertEquals(normalised, Scorecard.ofWeightsTotalling(1, normalised.lines()));
    }

    @ParameterizedTest
    @CsvSource({"100, 99.99", "100, 100.01", "10, 1", "100, 1", "1, 100", "10, 100"})
    void rejectsWeightsThatDoNotTotalTheDeclaredTotal(int declared, String total) {
        java.math.BigDecimal half = new java.math.BigDecimal(total).divide(java.math.BigDecimal.valueOf(2));
        List<ScorecardLine> lines = List.of(ratioLine("calls", half.toPlainString(), "100"),
                ratioLine("deals", half.toPlainString(), "10"));
        String value = Weight.of(total).toString();
        String message = assertRejected(Reason.WEIGHTS_TOTAL, null, value, () -> Scorecard.ofWeightsTotalling(declared, lines))
                .getMessage();
        assertTrue(message.startsWith("weights must total the declared " + declared + ", but total " + value), message);
        assertTrue(message.contains("calls " + Weight.of(half)), message);
    }

    @ParameterizedTest
    @CsvSource({"0", "2", "50", "1000", "-100"})
    void rejectsAnUndeclarableTotal(int declared) {
        assertRejected(Reason.WEIGHTS_TOTAL, null, Integer.toString(declared),
                () -> Scorecard.ofWeightsTotalling(declared, equalLines(2, "0.5")));
    }

    @Test
    void builderRejectsANegativeWeightNamingTheIndicator() {
        Indicator calls = Indicator.higherIsBetter("calls", Unit.COUNT);
        String message = assertRejected(Reason.NEGATIVE_WEIGHT, "calls", "-0.1",
                () -> Scorecard.builder().add(calls, "-0.1", Thresholds.plan("100"), LinearCurve.basePlan())).getMessage();
        assertEquals("weight -0.1 of indicator 'calls' must not be negative", message);
        assertRejected(Reason.NEGATIVE_WEIGHT, "calls", "-5",
                () -> Scorecard.builder().add(calls, new java.math.BigDecimal("-5"), Thresholds.plan("100"), LinearCurve.basePlan()));
        assertRejected(Reason.NOT_A_NUMBER, "calls", "0,4",
                () -> Scorecard.builder().add(calls, "0,4", Thresholds.plan("100"), LinearCurve.basePlan()));
    }

    @Test
    void builderRejectsBadThresholdsNamingTheIndicator() {
        Indicator calls = Indicator.higherIsBetter("calls", Unit.COUNT);
        assertRejected(Reason.PLAN_EQUALS_BASE, "calls", "100",
                () -> Scorecard.builder().add(calls, "1", Thresholds.of("100", "100", null), LinearCurve.basePlan()));
    }

    @Test
    void lineOfAnUnknownIndicator() {
        assertRejected(Reason.UNKNOWN_INDICATOR, "revenue", "revenue", () -> salesManagerMatrix().line("revenue"));
    }

    // Advisory warnings: 3 to 5 indicators (7 for a manager), no weight below 0.10.

    @ParameterizedTest
    @CsvSource({
        "1, 1, false, TOO_FEW_INDICATORS",
        "2, 0.5, false, TOO_FEW_INDICATORS",
        "2, 0.5, true, TOO_FEW_INDICATORS",
        "3, 0.3333, false, ",
        "4, 0.25, false, ",
        "5, 0.2, false, ",
        "6, 0.125, false, TOO_MANY_INDICATORS",
        "6, 0.125, true, ",
        "7, 0.125, true, ",
        "8, 0.125, true, TOO_MANY_INDICATORS",
    })
    void warnsAboutTheNumberOfIndicators(int count, String weight, boolean manager, Warning.Code expected) {
        List<ScorecardLine> lines = new ArrayList<>(equalLines(count - 1, weight));
        java.math.BigDecimal rest = java.math.BigDecimal.ONE.subtract(new java.math.BigDecimal(weight).multiply(
                java.math.BigDecimal.valueOf(count - 1)));
        lines.add(ratioLine("last", rest.toPlainString(), "100"));
        Scorecard.Builder builder = Scorecard.builder();
        lines.forEach(builder::add);
        if (manager) {
            builder.forManager();
        }
        Scorecard scorecard = builder.build();
        List<Warning.Code> sizeCodes = codes(scorecard).stream()
                .filter(c -> c != Warning.Code.LOW_WEIGHT).collect(Collectors.toList());
        assertEquals(expected == null ? List.of() : List.of(expected), sizeCodes);
        assertEquals(manager, scorecard.isForManager());
        if (expected != null) {
            Warning warning = scorecard.warnings().get(0);
            assertTrue(warning.message().contains(count + " indicators"), warning.message());
            assertTrue(warning.message().contains("3 to " + (manager ? 7 : 5)), warning.message());
        }
    }

    @Test
    void warnsAboutEachWeightBelowTenPercent() {
        Scorecard scorecard = Scorecard.of(List.of(ratioLine("a", "0.5", "1"), ratioLine("b", "0.3", "1"),
                ratioLine("c", "0.1", "1"), ratioLine("d", "0.0999", "1"), ratioLine("e", "0.0001", "1")));
        assertEquals(List.of(new Warning(Warning.Code.LOW_WEIGHT, "d", "weight 0.0999 of indicator 'd' is below 0.10"),
                new Warning(Warning.Code.LOW_WEIGHT, "e", "weight 0.0001 of indicator 'e' is below 0.10")), scorecard.warnings());
    }

    @Test
    void lowWeightIsJudgedAfterNormalisation() {
        Scorecard scorecard = Scorecard.ofWeightsTotalling(100, List.of(ratioLine("a", "50", "1"), ratioLine("b", "41", "1"),
                ratioLine("c", "9", "1")));
        assertEquals(List.of(Warning.Code.LOW_WEIGHT), codes(scorecard));
        assertEquals("c", scorecard.warnings().get(0).indicatorId());
    }

    @Test
    void theClassicMatrixHasNoWarnings() {
        assertEquals(List.of(), salesManagerMatrix().warnings());
        assertEquals(List.of(), salesManagerMatrix().evaluate(salesManagerFacts()).warnings());
    }

    @Test
    void evaluationCarriesTheWarnings() {
        Scorecard two = Scorecard.of(List.of(ratioLine("a", "0.5", "1"), ratioLine("b", "0.5", "1")));
        assertEquals(two.warnings(), two.evaluate(Facts.builder().put("a", 1).put("b", 1).build()).warnings());
    }

    @Test
    void evaluateRejectsAMissingFact() {
        Facts noDeals = Facts.builder().put("contacts", 570).put("conversion", "8.5").put("average-check", 12000).build();
        String message = assertRejected(Reason.MISSING_FACT, "deals", null, () -> salesManagerMatrix().evaluate(noDeals))
                .getMessage();
        assertEquals("no fact was given for indicator 'deals'", message);
    }

    @Test
    void evaluateRejectsAFactForAnUnknownIndicator() {
        Facts extra = salesManagerFacts().with("revenue", java.math.BigDecimal.TEN);
        String message = assertRejected(Reason.UNKNOWN_INDICATOR, "revenue", "revenue",
                () -> salesManagerMatrix().evaluate(extra)).getMessage();
        assertEquals("a fact was given for indicator 'revenue', which the scorecard does not have", message);
    }

    @Test
    void withThresholdsSetsAnIndividualPlan() {
        Scorecard matrix = salesManagerMatrix();
        Scorecard individual = matrix.withThresholds("contacts", Thresholds.plan("600"));
        assertEquals(Thresholds.plan("600"), individual.line("contacts").thresholds());
        assertEquals(Thresholds.plan("500"), matrix.line("contacts").thresholds());
        assertDecimal("95.0000", individual.evaluate(salesManagerFacts()).index("contacts").index());
        Scorecard both = matrix.withThresholds(Map.of("contacts", Thresholds.plan("600"), "deals", Thresholds.plan("49")));
        assertDecimal("100.0000", both.evaluate(salesManagerFacts()).index("deals").index());
        assertNotEquals(matrix, both);
    }

    @Test
    void withThresholdsKeepsTheManagerLimit() {
        Scorecard.Builder builder = Scorecard.builder().forManager();
        equalLines(6, "0.125").forEach(builder::add);
        builder.add(ratioLine("last", "0.25", "100"));
        Scorecard manager = builder.build();
        assertTrue(manager.withThresholds("kpi0", Thresholds.plan("5")).isForManager());
        assertNotEquals(manager, Scorecard.of(manager.lines()));
    }

    @Test
    void withThresholdsRejectsUnknownOrInvalid() {
        assertRejected(Reason.UNKNOWN_INDICATOR, "revenue", "revenue",
                () -> salesManagerMatrix().withThresholds("revenue", Thresholds.plan("1")));
        assertRejected(Reason.PLAN_NOT_POSITIVE, "deals", "0",
                () -> salesManagerMatrix().withThresholds("deals", Thresholds.plan("0")));
    }

    @Test
    void withThresholdsRefusesANullKeyOrValueNamingTheParameterAndIndicator() {
        Map<String, Thresholds> nullValue = new HashMap<>();
        nullValue.put("deals", null);
        NullPointerException value = assertThrows(NullPointerException.class,
                () -> salesManagerMatrix().withThresholds(nullValue));
        assertEquals("thresholds of indicator 'deals' is null; leave the indicator out of the map to keep the"
                + " scorecard's own thresholds", value.getMessage());
        Map<String, Thresholds> nullKey = new HashMap<>();
        nullKey.put(null, Thresholds.plan("25"));
        NullPointerException key = assertThrows(NullPointerException.class,
                () -> salesManagerMatrix().withThresholds(nullKey));
        assertEquals("a key of thresholds is null: thresholds were given for a null indicator id", key.getMessage());
        NullPointerException map = assertThrows(NullPointerException.class,
                () -> salesManagerMatrix().withThresholds((Map<String, Thresholds>) null));
        assertEquals("thresholds", map.getMessage());
    }
}
