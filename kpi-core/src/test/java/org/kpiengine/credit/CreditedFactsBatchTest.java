package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Scorecard;

/** Credited facts handed to a team batch give the same ratings as the object API. */
class CreditedFactsBatchTest {

    @Test
    void aBatchFedFromDealsRatesEveryEmployeeAsTheObjectApiDoes() {
        LocalDate day = LocalDate.of(2026, 1, 12);
        CreditLedger ledger = CreditLedger.of(List.of(
                Transaction.deal("D-1", day, "revenue", Money.of("EUR", "99.99"), List.of(Receiver.of("anna", "75"), Receiver.of("ben", "25"))),
                Transaction.dealByWeights("D-2", day, "revenue", Money.of("EUR", "100.00"),
                        List.of(Receiver.of("anna", "1"), Receiver.of("ben", "1"), Receiver.of("vera", "1"))),
                Transaction.refund("R-1", day.plusDays(3), Money.of("EUR", "-10.00"), "D-1")));
        CreditedFacts q1 = ledger.facts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), CreditBasis.BOOKING_DATE);
        Scorecard card = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("80"), RatioCurve.uncapped()).build();
        List<String> ids = List.of("anna", "ben", "vera", "nobody");
        TeamInput input = TeamInput.builder(ids.size()).employeeIds(ids.toArray(String[]::new))
                .facts("revenue", q1.column("revenue", ids)).build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", card))).evaluate(input);
        for (int row = 0; row < ids.size(); row++) {
            var facts = q1.facts(ids.get(row));
            var expected = card.evaluate(facts.ids().isEmpty() ? org.kpiengine.scorecard.Facts.builder().put("revenue", 0).build() : facts);
            assertEquals(0, expected.rating().compareTo(result.rating(row)), ids.get(row));
        }
        // anna: 74.99 - 7.50 + 33.34 = 100.83 → 126.0375 % of 80
        assertEquals(0, new java.math.BigDecimal("126.0375").compareTo(result.rating(0)));
    }

    @Test
    void fillFeedsOneIndicatorFromTheDealsBesideAnotherGivenColumn() {
        LocalDate day = LocalDate.of(2026, 2, 2);
        CreditedFacts q1 = CreditLedger.of(List.of(Transaction.deal("D-1", day, "revenue", Money.of("EUR", "99.99"),
                List.of(Receiver.of("anna", "75"), Receiver.of("ben", "25")))))
                .facts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), CreditBasis.BOOKING_DATE);
        Scorecard card = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5", Thresholds.plan("100"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.5", Thresholds.plan("10"), RatioCurve.uncapped())
                .build();
        List<String> ids = List.of("ben", "carl", "anna");
        TeamInput input = q1.fill(TeamInput.builder(3).employeeIds(ids.toArray(String[]::new)), "revenue", ids)
                .facts("calls", org.kpiengine.batch.DecimalColumn.of(new java.math.BigDecimal[] {
                        new java.math.BigDecimal("10"), new java.math.BigDecimal("5"), new java.math.BigDecimal("20")}))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", card))).evaluate(input);
        // ben: 0.5 × 25 % + 0.5 × 100 % = 62.5; carl: 0 + 25 = 25; anna: 0.5 × 74.99 + 0.5 × 200 = 137.495
        assertEquals(0, new java.math.BigDecimal("62.5").compareTo(result.rating(0)));
        assertEquals(0, new java.math.BigDecimal("25").compareTo(result.rating(1)));
        assertEquals(0, new java.math.BigDecimal("137.495").compareTo(result.rating(2)));
    }
}
