package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.period.PeriodFixtures.eur;
import static org.kpiengine.period.PeriodFixtures.month;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.quicktheories.core.Gen;

/**
 * The columnar year ({@link CompensationYear#compute(java.util.List)}) against the per-employee
 * path, the definition: generated years of many employees sharing one plan, with ledgers, broken
 * inputs, two roles and role changes (docs/reference/periods.md, Many employees at once).
 */
public class YearBatchProperties {

    /** One generated employee: its year (on the shared plan), how many periods the ledger closes, how it is broken. */
    record Person(YearCase year, int closed, int broken) {
    }

    private static Gen<Person> person() {
        return YearCase.any().zip(integers().between(0, 11), integers().between(0, 11), Person::new);
    }

    /** The employee's inputs: its case on the shared plan, a ledger (one payment off by a cent if {@code closed} is odd), perhaps broken. */
    private static EmployeeYear employee(CompensationYear year, YearCase plan, Person person, int index) {
        YearCase c = plan.withEmployeeOf(person.year());
        String id = "e" + index;
        List<Payment> ledger = new ArrayList<>();
        if (person.closed() > 0) {
            try {
                YearResult first = year.compute(c.employee(id, List.of()));
                int closed = Math.min(person.closed(), first.statements().size() - 1);
                for (int k = 0; k < closed; k++) {
                    Money paid = first.statements().get(k).paid();
                    ledger.add(new Payment(month(k + 1), k == 0 && person.closed() % 2 == 1 ? paid.plus(eur("0.01")) : paid));
                }
            } catch (KpiInputException e) {
                // no ledger for a year that cannot be computed
            }
        }
        if (person.broken() > 1) {
            return c.employee(id, ledger);
        }
        // broken: the first month worked has no facts (0) or facts of an indicator the plan does not measure (1)
        EmployeeYear.Builder builder = EmployeeYear.builder(id).assignment(c.assignment());
        boolean done = false;
        for (int m = 0; m < c.through(); m++) {
            if (!done && c.works(m)) {
                done = true;
                if (person.broken() == 0) {
                    continue;
                }
                builder.facts(month(m + 1), Facts.builder().put("calls", new BigDecimal("12")).build());
                continue;
            }
            builder.facts(month(m + 1), c.facts(m));
        }
        builder.computeThrough(month(c.through()));
        ledger.forEach(builder::payment);
        return builder.build();
    }

    /** Each employee's batch result equals the per-employee path's: the figures, or the same error; returns how many were priced over columns. */
    static int assertSameAsEachAlone(CompensationYear year, List<EmployeeYear> employees) {
        YearBatchResult batch = year.compute(employees);
        int columnar = 0;
        assertEquals(employees.size(), batch.size());
        for (int i = 0; i < employees.size(); i++) {
            EmployeeYear employee = employees.get(i);
            YearResult alone;
            try {
                alone = year.compute(employee);
            } catch (KpiInputException expected) {
                int index = i;
                assertFalse(batch.isOk(i), () -> "the batch computed " + employee + " but alone it fails: " + expected.getMessage());
                KpiInputException actual = batch.error(i);
                assertNotNull(actual);
                assertEquals(expected.reason(), actual.reason());
                assertEquals(expected.indicatorId(), actual.indicatorId());
                assertEquals(expected.field(), actual.field());
                assertEquals(expected.value(), actual.value());
                assertEquals(expected.getMessage(), actual.getMessage());
                assertTrue(batch.errorIndices().contains(index));
                assertThrows(IllegalStateException.class, () -> batch.figures(index));
                continue;
            }
            int index = i;
            assertTrue(batch.isOk(i), () -> "the batch fails " + employee + ": " + batch.error(index));
            assertEquals(alone.figures(), batch.figures(i), employee::toString);
            assertEquals(alone, batch.result(i));
            if (batch.columnar(i)) {
                columnar++;
            }
        }
        return columnar;
    }

    @Test
    void manyEmployeesOverColumnsEqualEachEmployeeAlone() {
        int[] counts = new int[2];
        qt().withExamples(150).forAll(YearCase.any(), lists().of(person()).ofSizeBetween(1, 8)).checkAssert((plan, people) -> {
            CompensationYear year = plan.year();
            List<EmployeeYear> employees = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                employees.add(employee(year, plan, people.get(i), i));
            }
            counts[0] += assertSameAsEachAlone(year, employees);
            counts[1] += employees.size();
        });
        // the comparison is about the columnar path: most employees (those not broken) take it
        assertTrue(counts[0] * 2 > counts[1], () -> counts[0] + " of " + counts[1] + " employees priced over columns");
    }

    // ---- two roles, role changes within a month, a richer plan

    private static final Indicator REVENUE = PeriodFixtures.revenue();
    private static final Indicator MARGIN = Indicator.higherIsBetter("margin", Unit.PERCENT).withAdditive(false);

    private static Money money(long cents) {
        return Money.of(java.util.Currency.getInstance("EUR"), BigDecimal.valueOf(cents, 2));
    }

    /** The manager's plan: revenue (additive, two-slope) and margin (not additive), retroactive amount tiers, a bonus on a condition, a cap and a deduction per idle hour. */
    private static PlanVersion manager(LocalDate from, long plan, long salary, long tier, long cap) {
        Scorecard card = Scorecard.builder()
                .add(REVENUE, "0.7", Thresholds.of(Long.toString(plan / 2), Long.toString(plan), Long.toString(plan * 13 / 10)),
                        TwoSlopeCurve.upTo("150"))
                .add(MARGIN, "0.3", Thresholds.plan("30"), RatioCurve.cappedAt("150"))
                .build();
        PayPlan pay = PayPlan.builder()
                .scheme(TieredScheme.retroactive("tiers", Measure.rating(), Bands.from("0").upTo("80", "0")
                        .upTo("100", BigDecimal.valueOf(tier, 2).toPlainString())
                        .andAbove(BigDecimal.valueOf(tier * 2, 2).toPlainString()), TieredScheme.Payment.AMOUNT, null))
                .scheme(FixedScheme.always("team bonus", money(tier / 3)))
                .modifier(VariableLimits.cap(money(cap)))
                .modifier(Deduction.perUnit("idle", "idle-hours", money(1500)))
                .build();
        return PlanVersion.of("manager", from, card, pay, money(salary));
    }

    /** One employee of the two roles: a seller who may become a manager (or back) on a given day. */
    record Mixed(YearCase seller, int changeDay, boolean managerFirst, List<Integer> margins, List<Integer> idleHours) {
    }

    private static Gen<Mixed> mixed() {
        return YearCase.any().zip(integers().between(-1, 364), integers().between(0, 1),
                lists().of(integers().between(0, 60)).ofSize(12), lists().of(integers().between(-1, 20)).ofSize(12),
                (c, day, first, margins, idle) -> new Mixed(c, day, first == 1, margins, idle));
    }

    private static EmployeeYear mixedEmployee(Mixed m, int index) {
        YearCase c = m.seller();
        EmployeeYear.Builder builder = EmployeeYear.builder("m" + index);
        LocalDate start = c.assignment().start();
        LocalDate change = YearCase.JAN_1.plusDays(Math.max(m.changeDay(), 0));
        String first = m.managerFirst() ? "manager" : "seller";
        String second = m.managerFirst() ? "seller" : "manager";
        if (m.changeDay() < 0 || !change.isAfter(start)) {
            builder.assignment(new Assignment(first, start, c.assignment().end()));
        } else {
            LocalDate end = c.assignment().end();
            if (end != null && !change.isAfter(end)) {
                builder.assignment(new Assignment(first, start, change.minusDays(1)));
                builder.assignment(new Assignment(second, change, end));
            } else if (end != null) {
                builder.assignment(new Assignment(first, start, end));
            } else {
                builder.assignment(new Assignment(first, start, change.minusDays(1)));
                builder.assignment(Assignment.from(second, change));
            }
        }
        for (int k = 0; k < c.through(); k++) {
            builder.facts(month(k + 1), Facts.builder().put("revenue", c.facts(k).get("revenue"))
                    .put("margin", BigDecimal.valueOf(m.margins().get(k))).build());
            if (m.idleHours().get(k) >= 0) {
                builder.quantity(month(k + 1), "idle-hours", BigDecimal.valueOf(m.idleHours().get(k)));
            }
        }
        builder.computeThrough(month(c.through()));
        c.validChargebacks().forEach(builder::chargeback);
        return builder.build();
    }

    @Test
    void twoRolesAndRoleChangesWithinAMonthOverColumnsEqualEachEmployeeAlone() {
        int[] counts = new int[2];
        qt().withExamples(100).forAll(YearCase.any(), integers().between(1, 364), lists().of(mixed()).ofSizeBetween(1, 8))
                .checkAssert((plan, raise, people) -> {
                    CompensationYear.Builder builder = CompensationYear.builder(PlanYear.months(2026))
                            .drawSettlement(plan.drawSettlement()).carryForwardSettlement(plan.carrySettlement());
                    // the seller's versions measure the margin too, so that a month with both roles has one set of facts
                    for (PlanVersion v : plan.versions()) {
                        Scorecard.Builder card = Scorecard.builder();
                        v.scorecard().lines().forEach(line -> card.add(line.withWeight(org.kpiengine.scorecard.Weight.of("0.8"))));
                        card.add(MARGIN, "0.2", Thresholds.plan("25"), RatioCurve.uncapped());
                        builder.version(new PlanVersion(v.role(), v.effectiveFrom(), card.build(), v.payPlan(), v.salary(),
                                v.cumulative(), v.draw(), v.carryForwardCap()));
                    }
                    builder.version(manager(YearCase.JAN_1, plan.plan(), plan.salary(), plan.bonus(), plan.cap() < 0 ? 500000 : plan.cap()));
                    builder.version(manager(YearCase.JAN_1.plusDays(raise), plan.plan2(), plan.salary2(), plan.bonus2(), 800000));
                    CompensationYear year = builder.build();
                    List<EmployeeYear> employees = new ArrayList<>();
                    for (int i = 0; i < people.size(); i++) {
                        employees.add(mixedEmployee(people.get(i), i));
                    }
                    counts[0] += assertSameAsEachAlone(year, employees);
                    counts[1] += employees.size();
                });
        assertTrue(counts[0] * 2 > counts[1], () -> counts[0] + " of " + counts[1] + " employees priced over columns");
    }
}
