package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.Warning;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.derived.AverageCheck;
import org.kpiengine.derived.Conversion;
import org.kpiengine.derived.InsufficientData;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

/** How a scorecard evaluation handles insufficient-data facts, under each rule. */
class InsufficientDataRuleTest {

    private static final Scorecard MATRIX = Scorecard.builder()
            .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
            .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
            .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
            .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                    RatioCurve.uncapped())
            .build();

    private static final InsufficientData FEW_CONTACTS = new InsufficientData("conversion", "contacts", 320, 500);
    private static final InsufficientData FEW_SALES = new InsufficientData("average check", "sales", 49, 100);

    private static Facts.Builder month() {
        return Facts.builder().put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000);
    }

    @Test
    void withoutInsufficientDataEveryRuleGivesTheUsualRating() {
        Facts facts = month().build();
        Evaluation usual = MATRIX.evaluate(facts);
        assertEquals(new BigDecimal("104.0000"), usual.rating());
        for (InsufficientDataRule rule : InsufficientDataRule.values()) {
            Evaluation evaluation = MATRIX.evaluate(facts, Precision.DEFAULT, rule);
            assertEquals(usual, evaluation);
            assertEquals(List.of(), evaluation.excluded());
        }
    }

    @Test
    void failIsTheDefaultAndNamesTheIndicatorTheSampleAndTheMinimum() {
        Facts facts = month().putInsufficient("conversion", FEW_CONTACTS).build();
        String message = "indicator 'conversion' has insufficient data: conversion from 320 contacts; at least 500 are needed";
        for (Runnable evaluation : List.<Runnable>of(() -> MATRIX.evaluate(facts),
                () -> MATRIX.evaluate(facts, Precision.DEFAULT),
                () -> MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.FAIL))) {
            KpiInputException e = assertThrows(KpiInputException.class, evaluation::run);
            assertEquals(Reason.INSUFFICIENT_DATA, e.reason());
            assertEquals("conversion", e.indicatorId());
            assertEquals("320", e.value());
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    void excludeLeavesTheIndicatorOutAndRenormalisesTheRemainingWeights() {
        Facts facts = month().put("conversion", Conversion.of(27, 320)).build();
        Evaluation evaluation = MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        // (0.4 × 114 + 0.3 × 98 + 0.1 × 120) / (0.4 + 0.3 + 0.1) = 87 / 0.8
        assertEquals(new BigDecimal("108.7500"), evaluation.rating());
        assertEquals(List.of("conversion"), evaluation.excludedIds());
        assertEquals(List.of(new ExcludedIndicator(MATRIX.line("conversion"), FEW_CONTACTS)), evaluation.excluded());
        assertEquals(List.of("contacts", "deals", "average-check"),
                evaluation.indices().stream().map(KpiIndex::id).toList());
        // the contributions keep the scorecard weights
        assertEquals(0, new BigDecimal("12").compareTo(evaluation.index("average-check").contribution()));
        Warning warning = evaluation.warnings().get(evaluation.warnings().size() - 1);
        assertEquals(Warning.Code.INDICATOR_EXCLUDED, warning.code());
        assertEquals("conversion", warning.indicatorId());
        assertEquals("indicator 'conversion' was left out of the rating for insufficient data (conversion from 320"
                + " contacts; at least 500 are needed); the remaining weights total 0.8 and were re-normalised",
                warning.message());
    }

    @Test
    void theRenormalisedRatingIsOneDivisionRoundedWithThePrecision() {
        Facts facts = month().put("average-check", AverageCheck.mean(new BigDecimal("588000"), 49)).build();
        Evaluation evaluation = MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        // (45.6 + 29.4 + 17) / 0.9 = 102.2222…
        assertEquals(new BigDecimal("102.2222"), evaluation.rating());
        Evaluation coarse = MATRIX.evaluate(facts, Precision.DEFAULT.withIndexScale(1),
                InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        assertEquals(new BigDecimal("102.2"), coarse.rating());
        assertEquals(List.of(new ExcludedIndicator(MATRIX.line("average-check"), FEW_SALES)), evaluation.excluded());
    }

    @Test
    void severalIndicatorsMayBeExcluded() {
        Facts facts = month().putInsufficient("conversion", FEW_CONTACTS).putInsufficient("average-check", FEW_SALES)
                .build();
        Evaluation evaluation = MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        // (45.6 + 29.4) / 0.7 = 107.142857…
        assertEquals(new BigDecimal("107.1429"), evaluation.rating());
        assertEquals(List.of("conversion", "average-check"), evaluation.excludedIds());
        assertEquals(2, evaluation.warnings().stream().filter(w -> w.code() == Warning.Code.INDICATOR_EXCLUDED).count());
        assertTrue(evaluation.isMet());
    }

    @Test
    void anExcludedIndicatorHasNoIndex() {
        Facts facts = month().putInsufficient("conversion", FEW_CONTACTS).build();
        Evaluation evaluation = MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        KpiInputException e = assertThrows(KpiInputException.class, () -> evaluation.index("conversion"));
        assertEquals(Reason.INSUFFICIENT_DATA, e.reason());
        assertEquals("indicator 'conversion' has insufficient data: conversion from 320 contacts; at least 500 are needed",
                e.getMessage());
    }

    @Test
    void excludingEveryIndicatorIsAnError() {
        Scorecard two = Scorecard.builder()
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.5", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.5", Thresholds.plan("10000"),
                        RatioCurve.uncapped())
                .build();
        Facts facts = Facts.builder().putInsufficient("conversion", FEW_CONTACTS).putInsufficient("average-check", FEW_SALES)
                .build();
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> two.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE));
        assertEquals(Reason.INSUFFICIENT_DATA, e.reason());
        assertEquals("no rating can be computed: indicators 'conversion', 'average-check' were excluded for insufficient"
                + " data and no indicator remains", e.getMessage());
    }

    @Test
    void excludingAllTheWeightIsAnError() {
        Scorecard weighted = Scorecard.builder()
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "1", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0", Thresholds.plan("500"), RatioCurve.uncapped())
                .build();
        Facts facts = Facts.builder().putInsufficient("conversion", FEW_CONTACTS).put("calls", 600).build();
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> weighted.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE));
        assertEquals(Reason.INSUFFICIENT_DATA, e.reason());
        assertEquals("no rating can be computed: indicators 'conversion' were excluded for insufficient data and the"
                + " remaining weights total 0", e.getMessage());
    }

    @Test
    void insufficientDataForAnUnknownIndicatorIsAnError() {
        Facts facts = month().putInsufficient("response-time", FEW_CONTACTS).build();
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE));
        assertEquals(Reason.UNKNOWN_INDICATOR, e.reason());
        assertEquals("insufficient data was given for indicator 'response-time', which the scorecard does not have",
                e.getMessage());
    }

    @Test
    void aMissingFactIsStillAMissingFact() {
        Facts facts = Facts.builder().put("contacts", 570).put("deals", 49).putInsufficient("conversion", FEW_CONTACTS)
                .build();
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE));
        assertEquals(Reason.MISSING_FACT, e.reason());
        assertEquals("average-check", e.indicatorId());
    }

    @Test
    void theRuleAloneUsesTheDefaultPrecision() {
        Facts facts = month().put("conversion", Conversion.of(27, 320)).build();
        Evaluation short1 = MATRIX.evaluate(facts, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        Evaluation full = MATRIX.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        assertEquals(new BigDecimal("108.7500"), short1.rating());
        assertEquals(full.indices(), short1.indices());
        assertEquals(full.excluded(), short1.excluded());
        assertEquals(full.warnings(), short1.warnings());
        assertEquals(Precision.DEFAULT, short1.precision());
        KpiInputException e = assertThrows(KpiInputException.class, () -> MATRIX.evaluate(facts, InsufficientDataRule.FAIL));
        assertEquals(Reason.INSUFFICIENT_DATA, e.reason());
    }
}
