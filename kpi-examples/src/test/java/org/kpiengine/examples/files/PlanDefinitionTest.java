package org.kpiengine.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Direction;
import org.kpiengine.pay.TieredScheme;

class PlanDefinitionTest {

    private static final String ONE_INDICATOR = "currency = EUR\n"
            + "indicators = a\n"
            + "indicator.a.unit = COUNT\n"
            + "indicator.a.direction = higher\n"
            + "indicator.a.weight = 1\n"
            + "indicator.a.curve = ratio\n";

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class,
                () -> PlanDefinition.read("p.properties", text.getBytes(StandardCharsets.UTF_8))).getMessage();
    }

    @Test
    void theSampleDefinitionReadsIntoAScorecardAndAPayPlan() throws Exception {
        PlanDefinition d;
        try (InputStream in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream("sample/plan.properties"))) {
            d = PlanDefinition.read("plan.properties", in.readAllBytes());
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
        assertEquals("p.properties: the key 'currency' is missing", message("indicators = a\n"));
        assertEquals("p.properties:8: indicator.a.curve: unknown curve 'cubic' (ratio, linear or two-slope)",
                message(ONE_INDICATOR + "indicator.a.plan = 10\nindicator.a.curve = cubic\n"));
    }

    @Test
    void aPlanThatIsNotANumberNamesTheFileTheLineAndTheKey() {
        assertEquals("p.properties:7: indicator.a.plan: bad number 'abc' (expected a decimal with a dot, such as 1234.5)",
                message(ONE_INDICATOR + "indicator.a.plan = abc\n"));
        assertEquals("p.properties:7: indicator.a.plan: bad number '1000000000000000000000000000000000000000...'"
                + " (100001 characters): a number may have at most 100 characters",
                message(ONE_INDICATOR + "indicator.a.plan = 1" + "0".repeat(100_000) + "\n"));
    }

    @Test
    void anErrorOfTheEngineIsNamedByTheKeysItCameFrom() {
        String base = message(ONE_INDICATOR + "indicator.a.plan = 10\nindicator.a.base = 20\n");
        assertTrue(base.startsWith("p.properties:3: indicator.a: "), base);
        assertEquals("p.properties:3: indicator.a.unit: unknown value 'pieces' (money, count, percent, ratio, duration)",
                message(ONE_INDICATOR.replace("COUNT", "pieces") + "indicator.a.plan = 10\n"));
        assertEquals("p.properties: the key 'scheme.b.type' is missing",
                message(ONE_INDICATOR + "indicator.a.plan = 10\nschemes = b\n"));
    }

    @Test
    void aWindows1251LineIsNamedWithTheEncodingExpected() {
        byte[] cp1251 = (ONE_INDICATOR + "indicator.a.name = Выручка\nindicator.a.plan = 10\n")
                .getBytes(Charset.forName("windows-1251"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanDefinition.read("p.properties", cp1251));
        assertEquals("p.properties:7: the line is not valid UTF-8 (7 bytes that are not UTF-8, the first: byte 0xC2 at"
                + " byte 20); expected UTF-8: save the file as UTF-8", e.getMessage());
    }

    @Test
    void continuedLinesAndEscapedKeysKeepTheLineOfTheirFirstLine() {
        String text = ONE_INDICATOR + "indicator.a.plan = \\\n    1x\n";
        assertEquals("p.properties:7: indicator.a.plan: bad number '1x' (expected a decimal with a dot, such as 1234.5)",
                message(text));
        assertEquals("p.properties:9: gate.my gate.minimum: bad number 'lots' (expected a decimal with a dot, such as"
                + " 1234.5)",
                message(ONE_INDICATOR + "indicator.a.plan = 10\ngates = my gate\ngate.my\\ gate.minimum = lots\n"
                        + "gate.my\\ gate.measure = rating\ngate.my\\ gate.factor = 0\n"));
    }
}
