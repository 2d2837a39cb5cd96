package org.kpiengine.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/** Small plans shared by the statement tests (as in kpi-core's period tests): one additive indicator, revenue, on an uncapped ratio. */
final class PeriodFixtures {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private PeriodFixtures() {
    }

    static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    static Indicator revenue() {
        return Indicator.higherIsBetter("revenue", Unit.MONEY);
    }

    /** A scorecard of revenue alone, with the given plan per full period. */
    static Scorecard revenueCard(String plan) {
        return Scorecard.builder().add(revenue(), "1", Thresholds.plan(plan), RatioCurve.uncapped()).build();
    }

    /** A commission: planned bonus × revenue index ÷ 100. */
    static PayPlan commission(String plannedBonus) {
        return PayPlan.builder().scheme(LinearScheme.of("commission", Measure.index("revenue"), eur(plannedBonus))).build();
    }

    static Facts revenueFact(String value) {
        return Facts.builder().put("revenue", new BigDecimal(value)).build();
    }

    static String month(int m) {
        return String.format(java.util.Locale.ROOT, "2026-%02d", m);
    }
}
