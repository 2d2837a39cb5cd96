package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.period.PeriodFixtures.commission;
import static org.kpiengine.period.PeriodFixtures.eur;
import static org.kpiengine.period.PeriodFixtures.month;
import static org.kpiengine.period.PeriodFixtures.revenueCard;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.money.Money;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/** Properties of generated compensation years (docs/reference/periods.md). */
public class CompensationYearProperties {

    private static Money sum(List<PeriodStatement> statements, java.util.function.Function<PeriodStatement, Money> term) {
        Money total = eur("0");
        for (PeriodStatement statement : statements) {
            total = total.plus(term.apply(statement));
        }
        return total;
    }

    @Test
    void moneyIsConservedWithEveryTermOnTheStatements() {
        qt().withExamples(400).forAll(YearCase.any()).checkAssert(c -> {
            YearResult result = c.year().compute(c.employee());
            List<PeriodStatement> statements = result.statements();
            Money paid = sum(statements, PeriodStatement::paid);
            Money earned = sum(statements, PeriodStatement::earned);
            Money forgiven = sum(statements, PeriodStatement::drawForgiven);
            Money forfeited = sum(statements, PeriodStatement::carryForwardForfeited);
            Money overpaid = sum(statements, PeriodStatement::overpaidReported);
            Balances end = statements.get(statements.size() - 1).balances();
            Money expected = earned.plus(forgiven).plus(end.draw()).plus(end.chargebacks()).plus(overpaid)
                    .plus(end.overpaid()).minus(forfeited).minus(end.carryForward());
            assertEquals(expected, paid, () -> c + "\n" + result.conservationText());
            assertEquals(paid, result.paid());
            assertEquals(earned, result.earned());
            assertEquals(end, result.closing());
            for (PeriodStatement statement : statements) {
                Money running = eur("0");
                for (PeriodStatementLine line : statement.lines()) {
                    assertEquals(running, line.before());
                    running = line.after();
                }
                assertEquals(running, statement.recomputed());
            }
        });
    }

    @Test
    void recomputingWithUnchangedInputsGivesZeroAdjustments() {
        qt().withExamples(200).forAll(YearCase.any(), integers().between(1, 11)).checkAssert((c, closed) -> {
            YearResult first = c.year().compute(c.employee());
            int closedCount = Math.min(closed, first.statements().size() - 1);
            List<Payment> ledger = new ArrayList<>();
            for (int k = 0; k < closedCount; k++) {
                ledger.add(new Payment(month(k + 1), first.statements().get(k).paid()));
            }
            YearResult again = c.year().compute(c.employee(ledger));
            for (int k = 0; k < first.statements().size(); k++) {
                assertEquals(first.statements().get(k).paid(), again.statements().get(k).paid(), c::toString);
            }
            if (closedCount > 0) {
                PeriodStatement open = again.statements().get(closedCount);
                assertEquals(eur("0"), open.total(PeriodStatementLine.Kind.ADJUSTMENT));
                assertEquals(1, open.lines(PeriodStatementLine.Kind.ADJUSTMENT).size());
            }
            assertEquals(first.paid(), again.paid());
        });
    }

    @Test
    void recomputingAfterACorrectionPaysExactlyTheDifference() {
        qt().withExamples(200).forAll(YearCase.any(), YearCase.any()).checkAssert((c, corrected) -> {
            // the same plan and assignment; the facts of the first months are corrected
            YearCase before = c;
            YearCase after = new YearCase(c.salary(), c.plan(), c.bonus(), c.secondVersionDay(), c.plan2(), c.bonus2(),
                    c.salary2(), c.drawKind(), c.draw(), c.maxRecovery(), c.cap(), c.cumulativeKind(), c.policy(),
                    c.startDay(), c.endDay(), corrected.revenueCents(), c.through(), c.chargebacks(), c.drawSettlement(),
                    c.carrySettlement());
            YearResult paidThen = before.year().compute(before.employee());
            int closedCount = paidThen.statements().size() - 1;
            if (closedCount < 1) {
                return;
            }
            List<Payment> ledger = new ArrayList<>();
            for (int k = 0; k < closedCount; k++) {
                ledger.add(new Payment(month(k + 1), paidThen.statements().get(k).paid()));
            }
            YearResult recomputed = after.year().compute(after.employee());
            YearResult adjusted = after.year().compute(after.employee(ledger));
            Money difference = eur("0");
            for (int k = 0; k < closedCount; k++) {
                difference = difference.plus(recomputed.statements().get(k).paid()).minus(paidThen.statements().get(k).paid());
                assertEquals(paidThen.statements().get(k).paid(), adjusted.statements().get(k).paid(), "closed periods keep what was paid");
            }
            PeriodStatement open = adjusted.statements().get(closedCount);
            assertEquals(difference, open.total(PeriodStatementLine.Kind.ADJUSTMENT), c::toString);
            assertEquals(recomputed.statements().get(closedCount).paid().plus(difference), open.paid());
            assertEquals(recomputed.paid(), adjusted.paid());
        });
    }

    @Test
    void aRecoverableDrawNeverTakesAPeriodBelowItsDrawAndCarryForwardNeverPaysAboveTheCap() {
        qt().withExamples(400).forAll(YearCase.any()).checkAssert(c -> {
            YearResult result = c.year().compute(c.employee());
            for (PeriodStatement statement : result.statements()) {
                Money salary = statement.total(PeriodStatementLine.Kind.SALARY);
                for (PeriodStatementLine line : statement.lines()) {
                    Money variableAfter = line.after().minus(salary);
                    if (line.kind() == PeriodStatementLine.Kind.DRAW_RECOVERY || line.kind() == PeriodStatementLine.Kind.DRAW) {
                        assertTrue(!variableAfter.isLessThan(statement.draw() == null ? eur("0") : statement.draw()),
                                () -> c + "\n" + statement.toText());
                    }
                    if (line.kind() == PeriodStatementLine.Kind.CARRY_FORWARD_IN || line.kind() == PeriodStatementLine.Kind.CARRY_FORWARD_OUT) {
                        if (statement.cap() != null) {
                            assertTrue(!variableAfter.isGreaterThan(statement.cap()), () -> c + "\n" + statement.toText());
                        }
                    }
                }
            }
        });
    }

    @Test
    void oneVersionAWholeYearAndNoExtrasEqualTwelveIndependentMonthlyPayouts() {
        qt().withExamples(200).forAll(YearCase.plain()).checkAssert(c -> {
            YearResult result = c.year().compute(c.employee());
            assertEquals(12, result.statements().size());
            Scorecard card = revenueCard(Long.toString(c.plan()));
            PayPlan plan = commission(BigDecimal.valueOf(c.bonus(), 2).toPlainString());
            for (int m = 0; m < 12; m++) {
                Money alone = plan.evaluate(card.evaluate(c.facts(m)), PayInputs.of(eur(BigDecimal.valueOf(c.salary(), 2).toPlainString())))
                        .total();
                assertEquals(alone, result.statements().get(m).paid(), c::toString);
            }
        });
    }

    @Test
    void oneVersionAWholeYearAndNoExtrasEqualTwelveMonthsOfATeamBatch() {
        qt().withExamples(100).forAll(YearCase.plain()).checkAssert(c -> {
            YearResult result = c.year().compute(c.employee());
            // one batch row per month: the same plan and salary, that month's facts
            long[] revenue = new long[12];
            long[] plans = new long[12];
            long[] salaries = new long[12];
            for (int m = 0; m < 12; m++) {
                revenue[m] = c.revenueCents().get(m);
                plans[m] = c.plan();
                salaries[m] = c.salary();
            }
            org.kpiengine.batch.TeamBatch batch = org.kpiengine.batch.TeamBatch.of(List.of(org.kpiengine.batch.RoleTemplate.of(
                    "seller", revenueCard(Long.toString(c.plan())), commission(BigDecimal.valueOf(c.bonus(), 2).toPlainString()))));
            org.kpiengine.batch.TeamResult months = batch.evaluate(org.kpiengine.batch.TeamInput.builder(12)
                    .facts("revenue", org.kpiengine.batch.DecimalColumn.ofUnscaled(revenue, 2))
                    .plans("revenue", org.kpiengine.batch.DecimalColumn.ofUnscaled(plans, 0))
                    .salaries(java.util.Currency.getInstance("EUR"), org.kpiengine.batch.DecimalColumn.ofUnscaled(salaries, 2))
                    .build());
            for (int m = 0; m < 12; m++) {
                assertEquals(months.total(m), result.statements().get(m).paid(), c::toString);
            }
        });
    }

    @Test
    void aYearToDateSchemeTotalsTheWholeYearEvaluationUpToTheReportedOverpayment() {
        qt().withExamples(200).forAll(YearCase.plain(), integers().between(0, 1)).checkAssert((c, recover) -> {
            TrueUpPolicy policy = recover == 1 ? TrueUpPolicy.RECOVER : TrueUpPolicy.NEVER_NEGATIVE;
            String bonus = BigDecimal.valueOf(c.bonus(), 2).toPlainString();
            CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                    .version(PlanVersion.of("seller", YearCase.JAN_1, revenueCard(Long.toString(c.plan())), null, eur("0"))
                            .withCumulative(new CumulativeScheme(LinearScheme.of("annual", Measure.index("revenue"), eur(bonus)),
                                    Window.YEAR, policy)))
                    .build();
            YearResult result = year.compute(c.employee());
            Money trueUps = sum(result.statements(), s -> s.total(PeriodStatementLine.Kind.TRUE_UP));
            BigDecimal revenue = BigDecimal.ZERO;
            for (int m = 0; m < 12; m++) {
                revenue = revenue.add(c.facts(m).get("revenue"));
            }
            Scorecard annual = Scorecard.builder().add(PeriodFixtures.revenue(), "1",
                    Thresholds.plan(BigDecimal.valueOf(c.plan() * 12)), RatioCurve.uncapped()).build();
            Money whole = PayPlan.builder().scheme(LinearScheme.of("annual", Measure.index("revenue"),
                            eur(bonus).multipliedBy(BigDecimal.valueOf(12), java.math.RoundingMode.UNNECESSARY))).build()
                    .evaluate(annual.evaluate(Facts.builder().put("revenue", revenue).build()), PayInputs.of(eur("0")))
                    .total();
            assertEquals(whole.plus(result.trueUpsOverpaid()), trueUps, c::toString);
            if (policy == TrueUpPolicy.RECOVER) {
                assertEquals(eur("0"), result.trueUpsOverpaid());
            }
        });
    }

    @Test
    void resultsDoNotDependOnTheOrderOfFactsVersionsOrLedgerEntries() {
        qt().withExamples(150).forAll(YearCase.any(), integers().between(0, Integer.MAX_VALUE)).checkAssert((c, seed) -> {
            YearResult first = c.year().compute(c.employee());
            List<Payment> ledger = new ArrayList<>();
            for (int k = 0; k < first.statements().size() - 1; k++) {
                ledger.add(new Payment(month(k + 1), first.statements().get(k).paid()));
            }
            YearResult ordered = c.year().compute(c.employee(ledger));
            Random shuffle = new Random(seed);
            List<PlanVersion> versions = new ArrayList<>(c.versions());
            Collections.shuffle(versions, shuffle);
            CompensationYear.Builder year = CompensationYear.builder(PlanYear.months(2026))
                    .drawSettlement(c.drawSettlement()).carryForwardSettlement(c.carrySettlement());
            versions.forEach(year::version);
            List<Integer> months = new ArrayList<>();
            for (int m = 0; m < c.through(); m++) {
                months.add(m);
            }
            Collections.shuffle(months, shuffle);
            EmployeeYear.Builder employee = EmployeeYear.builder("seller-1").assignment(c.assignment());
            for (int m : months) {
                employee.facts(month(m + 1), c.facts(m));
            }
            employee.computeThrough(month(c.through()));
            List<Chargeback> chargebacks = new ArrayList<>(c.validChargebacks());
            Collections.shuffle(chargebacks, shuffle);
            chargebacks.forEach(employee::chargeback);
            Collections.shuffle(ledger, shuffle);
            ledger.forEach(employee::payment);
            YearResult shuffled = year.build().compute(employee.build());
            assertEquals(ordered, shuffled, c::toString);
        });
    }
}
