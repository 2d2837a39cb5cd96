package org.kpiengine.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.CarryForwardSettlement;
import org.kpiengine.period.Chargeback;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.CumulativeScheme;
import org.kpiengine.period.Draw;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.Payment;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.period.TrueUpPolicy;
import org.kpiengine.period.Window;
import org.kpiengine.period.YearResult;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.statement.StatementSamples.Language;

/**
 * Sample compensation years in each shipped language, with the plan's names in that language and
 * paid in its currency: the recoverable draw of docs/reference/periods.md, and a year whose
 * statements have every kind of line.
 */
final class PeriodSamples {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private PeriodSamples() {
    }

    /** The commission's name in a language. */
    static String commission(Language language) {
        return switch (language) {
            case ENGLISH -> "commission";
            case RUSSIAN -> "Процент с выручки";
            case GERMAN -> "Umsatzprovision";
            case BRAZILIAN -> "Comissão sobre vendas";
            case PORTUGUESE -> "Comissão sobre vendas";
        };
    }

    /** The quarterly bonus's name in a language. */
    static String quarterly(Language language) {
        return switch (language) {
            case ENGLISH -> "quarterly bonus";
            case RUSSIAN -> "Квартальная премия";
            case GERMAN -> "Quartalsprämie";
            case BRAZILIAN -> "Bônus trimestral";
            case PORTUGUESE -> "Prémio trimestral";
        };
    }

    /** The revenue gate's name in a language. */
    static String gate(Language language) {
        return switch (language) {
            case ENGLISH -> "revenue gate";
            case RUSSIAN -> "Условие по выручке";
            case GERMAN -> "Hürde Umsatz";
            case BRAZILIAN -> "Gatilho de faturamento";
            case PORTUGUESE -> "Condição de faturação";
        };
    }

    static String month(int m) {
        return String.format(java.util.Locale.ROOT, "2026-%02d", m);
    }

    private static Scorecard revenue(Language language, String plan) {
        return Scorecard.builder().add(Indicator.of("revenue", language.indicators().get(4), Unit.MONEY, Direction.HIGHER_IS_BETTER),
                "1", Thresholds.plan(plan), RatioCurve.uncapped()).build();
    }

    private static PayPlan commission(Language language, String plannedBonus) {
        return PayPlan.builder().scheme(LinearScheme.of(commission(language), Measure.index("revenue"), language.money(plannedBonus)))
                .build();
    }

    /** The commission, halved when revenue is below 30 % of plan. */
    private static PayPlan gatedCommission(Language language, String plannedBonus) {
        return PayPlan.builder().scheme(LinearScheme.of(commission(language), Measure.index("revenue"), language.money(plannedBonus)))
                .modifier(Gate.reduceUnless(gate(language), Condition.atLeast(Measure.index("revenue"), "30"), "0.5"))
                .build();
    }

    private static Facts revenue(String value) {
        return Facts.builder().put("revenue", new BigDecimal(value)).build();
    }

    /**
     * The recoverable draw of docs/reference/periods.md: draw 1 000, earned 400, 700, 2 000, 1 500
     * (a planned bonus of 1 000 at a plan of 100 000) → paid 1 000, 1 000, 1 100, 1 500; balance 600,
     * 900, 0, 0; salary 3 000.
     */
    static YearResult drawYear(Language language) {
        return drawYear(language, Assignment.from("seller", JAN_1));
    }

    /** The recoverable draw's year with another assignment. */
    static YearResult drawYear(Language language, Assignment assignment) {
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenue(language, "100000"), commission(language, "1000"),
                        language.money("3000")).withDraw(Draw.recoverable(language.money("1000"))))
                .build();
        return year.compute(EmployeeYear.builder("cleo")
                .assignment(assignment)
                .facts(month(1), revenue("40000"))
                .facts(month(2), revenue("70000"))
                .facts(month(3), revenue("200000"))
                .facts(month(4), revenue("150000"))
                .build());
    }

    /**
     * A year with every kind of line: a commission (halved below 30 % of plan) with a quarterly bonus paid on quarter-to-date
     * revenue, a recoverable draw of 1 000 (at most 300 recovered a month), a cap of 2 500 with
     * carry-forward, a raise on 16 March, January closed at 3 900.00, a refund in April of a
     * February deal, and a termination on 20 May with the carry-forward paid out.
     */
    static YearResult everyLine(Language language) {
        CumulativeScheme quarterly = new CumulativeScheme(
                LinearScheme.of(quarterly(language), Measure.index("revenue"), language.money("600")), Window.QUARTER,
                TrueUpPolicy.NEVER_NEGATIVE);
        Draw draw = Draw.recoverable(language.money("1000")).withMaxRecoveryPerPeriod(language.money("300"));
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .carryForwardSettlement(CarryForwardSettlement.PAID)
                .version(PlanVersion.of("seller", JAN_1, revenue(language, "100000"), gatedCommission(language, "2000"),
                        language.money("3000")).withCumulative(quarterly).withDraw(draw).withCarryForwardCap(language.money("2500")))
                .version(PlanVersion.of("seller", LocalDate.of(2026, 3, 16), revenue(language, "120000"),
                        gatedCommission(language, "2400"), language.money("3300")).withCumulative(quarterly).withDraw(draw)
                        .withCarryForwardCap(language.money("3000")))
                .build();
        return year.compute(EmployeeYear.builder("dana")
                .assignment(Assignment.of("seller", JAN_1, LocalDate.of(2026, 5, 20)))
                .facts(month(1), revenue("20000"))
                .facts(month(2), revenue("200000"))
                .facts(month(3), revenue("60000"))
                .facts(month(4), revenue("30000"))
                .facts(month(5), revenue("90000"))
                .chargeback(new Chargeback(month(4), month(2), commission(language), "revenue", new BigDecimal("150000")))
                .payment(new Payment(month(1), language.money("3900")))
                .build());
    }
}
