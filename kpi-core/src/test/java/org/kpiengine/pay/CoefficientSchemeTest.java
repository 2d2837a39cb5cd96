package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.curve.Bands;

class CoefficientSchemeTest {

    private static final Bands STEPS = Bands.from("0").upTo("80", "0").upTo("100", "0.8").upTo("120", "1").andAbove("1.2");

    @Test
    void paysShareOfTurnoverTimesTheWeightedCoefficients() {
        CoefficientScheme scheme = CoefficientScheme.of("share", Measure.fact("revenue"), "2.5", List.of(
                WeightedCoefficient.of(Measure.attainment("revenue"), "0.5", STEPS),
                WeightedCoefficient.of(Measure.attainment("quality"), "0.5", STEPS)));
        Accrual accrual = accrue(scheme, PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("610000", "50", "600", "85", "40000")), salary("3000"));
        // 610 000 × 2.5 % × (0.5 × 1.2 + 0.5 × 0.8) = 15 250
        assertEquals(eur("15250.00"), accrual.amount());
        assertEquals("fact of 'revenue' 610000 × 2.5 % × (0.5 × 1.2 + 0.5 × 0.8) = 15250.00", accrual.detail());
    }

    @Test
    void copiesTheTermsAndRejectsBadOnes() {
        List<WeightedCoefficient> terms = new ArrayList<>(List.of(WeightedCoefficient.of(Measure.rating(), "1", STEPS)));
        CoefficientScheme scheme = new CoefficientScheme("share", Measure.fact("revenue"), new BigDecimal("3.0"), terms);
        terms.clear();
        assertEquals(1, scheme.coefficients().size());
        assertEquals(new BigDecimal("3"), scheme.sharePercent());
        KpiInputException empty = assertThrows(KpiInputException.class,
                () -> CoefficientScheme.of("share", Measure.fact("revenue"), "3", List.of()));
        assertEquals("'share' needs at least one weighted coefficient", empty.getMessage());
        KpiInputException share = assertThrows(KpiInputException.class,
                () -> CoefficientScheme.of("share", Measure.fact("revenue"), "-3", terms));
        assertEquals("share -3 of 'share' must not be negative", share.getMessage());
        KpiInputException weight = assertThrows(KpiInputException.class,
                () -> WeightedCoefficient.of(Measure.rating(), "-0.5", STEPS));
        assertEquals("weight -0.5 of 'rating %' must not be negative", weight.getMessage());
        KpiInputException step = assertThrows(KpiInputException.class,
                () -> WeightedCoefficient.of(Measure.rating(), "0.5", Bands.from("0").andAbove("-1")));
        assertEquals("coefficient step [0, ∞) → -1 of rating % must not be negative", step.getMessage());
    }
}
