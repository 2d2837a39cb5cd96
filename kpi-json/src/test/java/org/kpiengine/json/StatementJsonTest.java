package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.Draw;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

import tools.jackson.databind.JsonNode;

/** A compensation year's statement as JSON: the draw example's first month, a hire on the 10th. */
class StatementJsonTest {

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    @Test
    void aStatementIsItsLinesBalancesAndSettlements() {
        Scorecard card = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("300000"), RatioCurve.uncapped())
                .build();
        PayPlan commission = PayPlan.builder()
                .scheme(LinearScheme.of("commission", Measure.index("revenue"), eur("3000")))
                .build();
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", LocalDate.of(2026, 1, 1), card, commission, eur("30000"))
                        .withDraw(Draw.recoverable(eur("3000"))))
                .build();
        EmployeeYear anna = EmployeeYear.builder("anna")
                .assignment(Assignment.from("seller", LocalDate.of(2026, 4, 10)))
                .facts("2026-04", Facts.builder().put("revenue", new BigDecimal("84000")).build())
                .build();
        PeriodStatement april = year.compute(anna).statement("2026-04");
        JsonNode json = PlanJsonProperties.tree(ResultJson.statement(april));
        assertEquals(2, json.get("formatVersion").intValue());
        assertEquals("anna", json.get("employee").stringValue());
        assertEquals("2026-04-30", json.get("period").get("end").stringValue());
        assertEquals(false, json.get("closed").booleanValue());
        JsonNode part = json.get("parts").get(0);
        assertEquals(21, part.get("days").intValue());
        assertEquals(30, part.get("periodDays").intValue());
        // plan 210 000 for 21 days: 84 000 is 40 %, of a prorated bonus of 2 100.00 -> 840.00; draw 2 100.00
        assertEquals("40.0000", part.get("rating").stringValue());
        JsonNode lines = json.get("lines");
        assertEquals(3, lines.size());
        assertEquals("salary", lines.get(0).get("kind").stringValue());
        assertEquals("21000.00", lines.get(0).get("amount").get("amount").stringValue());
        assertEquals("840.00", lines.get(1).get("amount").get("amount").stringValue());
        assertEquals("draw", lines.get(2).get("kind").stringValue());
        assertEquals("1260.00", lines.get(2).get("amount").get("amount").stringValue());
        assertEquals("2100.00", json.get("draw").get("amount").stringValue());
        assertEquals(false, json.has("cap"));
        assertEquals("23100.00", json.get("paid").get("amount").stringValue());
        assertEquals("21840.00", json.get("earned").get("amount").stringValue());
        assertEquals("1260.00", json.get("balances").get("draw").get("amount").stringValue());
        assertEquals("0.00", json.get("settled").get("drawForgiven").get("amount").stringValue());
    }
}
