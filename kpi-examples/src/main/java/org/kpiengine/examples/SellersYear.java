package org.kpiengine.examples;

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
import org.kpiengine.period.Assignment;
import org.kpiengine.period.Chargeback;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.CumulativeScheme;
import org.kpiengine.period.Draw;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.Window;
import org.kpiengine.period.YearResult;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * A seller's year (docs/reference/periods.md): twelve monthly statements of one seller whose
 * commission plan is raised mid-year, who gets a recoverable draw in the first two months while
 * ramping up, and whose customer refunds part of a March deal in May.
 *
 * <p>The plan: salary 3 000 EUR a month; a commission of 2 000 EUR at 100 % of a monthly revenue
 * plan of 100 000 (2 % of every sale); a quarterly bonus of 300 EUR a month paid on quarter-to-date
 * attainment with a true-up; a recoverable draw of 1 500 EUR in January and February. From 1 July
 * the revenue plan is raised to 120 000 and the salary to 3 300 EUR.
 */
public final class SellersYear {

    private SellersYear() {
    }

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    private static PlanVersion version(LocalDate from, String plan, String salary) {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan(plan), RatioCurve.uncapped())
                .build();
        PayPlan commission = PayPlan.builder()
                .scheme(LinearScheme.of("commission", Measure.index("revenue"), eur("2000")))
                .build();
        return PlanVersion.of("seller", from, scorecard, commission, eur(salary))
                .withCumulative(CumulativeScheme.of(
                        LinearScheme.of("quarterly bonus", Measure.index("revenue"), eur("300")), Window.QUARTER));
    }

    /**
     * Computes the seller's year.
     *
     * @return the year's statements and terms, not null
     */
    public static YearResult compute() {
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(version(LocalDate.of(2026, 1, 1), "100000", "3000").withDraw(Draw.recoverable(eur("1500"))))
                .version(version(LocalDate.of(2026, 3, 1), "100000", "3000"))
                .version(version(LocalDate.of(2026, 7, 1), "120000", "3300"))
                .build();
        String[] revenue = {"40000", "70000", "160000", "110000", "95000", "120000",
            "115000", "90000", "140000", "125000", "100000", "150000"};
        EmployeeYear.Builder marta = EmployeeYear.builder("marta")
                .assignment(Assignment.from("seller", LocalDate.of(2026, 1, 1)))
                // the customer of a March deal returns goods worth 20 000 in May
                .chargeback(new Chargeback("2026-05", "2026-03", "commission", "revenue", new BigDecimal("20000")));
        for (int m = 0; m < 12; m++) {
            marta.facts(String.format(java.util.Locale.ROOT, "2026-%02d", m + 1),
                    Facts.builder().put("revenue", revenue[m]).build());
        }
        return year.compute(marta.build());
    }

    /**
     * Prints the twelve statements and the year's money conservation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        YearResult result = compute();
        System.out.println("== SellersYear: twelve monthly statements with a raise, a draw and a chargeback ==");
        System.out.println("A seller's year: marta, 2026, paid monthly in EUR");
        System.out.println();
        for (PeriodStatement statement : result.statements()) {
            System.out.println(statement.toText());
        }
        System.out.println("The year: " + result.conservationText());
    }
}
