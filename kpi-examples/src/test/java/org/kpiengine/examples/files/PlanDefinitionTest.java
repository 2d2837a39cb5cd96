package org.kpiengine.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Direction;
import org.kpiengine.pay.TieredScheme;

class PlanDefinitionTest {

    @Test
    void theSampleDefinitionReadsIntoAScorecardAndAPayPlan() throws Exception {
        PlanDefinition d;
        try (InputStreamReader r = new InputStreamReader(Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream("sample/plan.properties")), StandardCharsets.UTF_8)) {
            d = PlanDefinition.read("plan.properties", r);
        }
        assertEquals("EUR", d.currency().getCurrencyCode());
        assertEquals(5, d.scorecard().size());
        assertEquals(Direction.LOWER_IS_BETTER, d.scorecard().line("receivables").indicator().direction());
        assertTrue(d.scorecard().line("revenue").curve() instanceof TwoSlopeCurve);
        TieredScheme bonus = (TieredScheme) d.payPlan().schemes().get(0);
        assertEquals(TieredScheme.Kind.RETROACTIVE, bonus.kind());
        assertEquals(4, bonus.tiers().bands().size());
        assertEquals(List.of("salary", "bonus", "quality gate", "variable limits", "idle hours"), d.lineNames());
    }

    @Test
    void aMissingKeyOrAnUnknownCurveIsNamed() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> PlanDefinition.read("p.properties", new StringReader("indicators = a\n")));
        assertEquals("p.properties: the key 'currency' is missing from p.properties", missing.getMessage());
        IllegalArgumentException curve = assertThrows(IllegalArgumentException.class,
                () -> PlanDefinition.read("p.properties", new StringReader("currency = EUR\nindicators = a\n"
                        + "indicator.a.unit = COUNT\nindicator.a.direction = higher\nindicator.a.weight = 1\n"
                        + "indicator.a.plan = 10\nindicator.a.curve = cubic\n")));
        assertEquals("p.properties: indicator.a.curve: unknown curve 'cubic' (ratio, linear or two-slope)",
                curve.getMessage());
    }
}
