package org.kpiengine.json;

import static org.kpiengine.json.PeriodFixtures.commission;
import static org.kpiengine.json.PeriodFixtures.eur;
import static org.kpiengine.json.PeriodFixtures.month;
import static org.kpiengine.json.PeriodFixtures.revenueCard;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.CarryForwardSettlement;
import org.kpiengine.period.Chargeback;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.CumulativeScheme;
import org.kpiengine.period.Draw;
import org.kpiengine.period.DrawSettlement;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.Payment;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.period.TrueUpPolicy;
import org.kpiengine.period.Window;
import org.kpiengine.scorecard.Facts;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generated compensation year of one seller (the generator of kpi-core's period tests, which this
 * module's tests cannot reach): one or two plan versions, a hire and perhaps a
 * termination, monthly revenue (refund months included), and any of a draw, a cap with
 * carry-forward, a cumulative scheme and chargebacks.
 */
record YearCase(long salary, long plan, long bonus, int secondVersionDay, long plan2, long bonus2, long salary2,
        int drawKind, long draw, long maxRecovery, long cap, int cumulativeKind, TrueUpPolicy policy,
        int startDay, int endDay, List<Long> revenueCents, int through, List<long[]> chargebacks,
        DrawSettlement drawSettlement, CarryForwardSettlement carrySettlement) {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    /** Every option may come up. */
    static Gen<YearCase> any() {
        return in -> generate(in, true);
    }

    /** One version, the whole year, no draw, cap, cumulative scheme or chargeback. */
    static Gen<YearCase> plain() {
        return in -> generate(in, false);
    }

    private static int between(RandomnessSource in, int low, int high) {
        return integers().between(low, high).generate(in);
    }

    private static long between(RandomnessSource in, long low, long high) {
        return longs().between(low, high).generate(in);
    }

    private static YearCase generate(RandomnessSource in, boolean extras) {
        long salary = between(in, 0, 5000) * 100L;
        long plan = between(in, 1, 200) * 1000L;
        long bonus = between(in, 0, 5000) * 100L;
        int second = extras && between(in, 0, 1) == 1 ? between(in, 1, 364) : -1;
        long plan2 = between(in, 1, 200) * 1000L;
        long bonus2 = between(in, 0, 5000) * 100L;
        long salary2 = between(in, 0, 5000) * 100L;
        int drawKind = extras ? between(in, 0, 2) : 0;
        long draw = between(in, 0, 300000);
        long maxRecovery = between(in, 0, 1) == 1 ? between(in, 0, 200000) : -1;
        long cap = extras && between(in, 0, 1) == 1 ? between(in, 0, 600000) : -1;
        int cumulativeKind = extras ? between(in, 0, 2) : 0;
        TrueUpPolicy policy = between(in, 0, 1) == 0 ? TrueUpPolicy.NEVER_NEGATIVE : TrueUpPolicy.RECOVER;
        int startDay = extras ? between(in, 0, 1) * between(in, 0, 200) : 0;
        int endDay = extras && between(in, 0, 2) == 0 ? startDay + between(in, 0, 364 - startDay) : -1;
        List<Long> revenue = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            long cents = between(in, 0, 4) == 0 ? between(in, -2_000_000L, 0L) : between(in, 0L, 40_000_000L);
            revenue.add(cents);
        }
        int through = extras ? between(in, 1, 12) : 12;
        List<long[]> chargebacks = new ArrayList<>();
        int count = extras ? between(in, 0, 3) : 0;
        for (int i = 0; i < count; i++) {
            int recorded = between(in, 1, 11);
            int original = between(in, 0, recorded - 1);
            chargebacks.add(new long[] {recorded, original, between(in, 1L, 5_000_000L)});
        }
        DrawSettlement drawSettlement = between(in, 0, 1) == 0 ? DrawSettlement.FORGIVEN : DrawSettlement.CARRIED;
        CarryForwardSettlement carrySettlement = between(in, 0, 1) == 0 ? CarryForwardSettlement.FORFEITED
                : CarryForwardSettlement.PAID;
        return new YearCase(salary, plan, bonus, second, plan2, bonus2, salary2, drawKind, draw, maxRecovery, cap,
                cumulativeKind, policy, startDay, endDay, revenue, through, chargebacks, drawSettlement, carrySettlement);
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private PlanVersion version(LocalDate from, long versionPlan, long versionBonus, long versionSalary) {
        PlanVersion version = PlanVersion.of("seller", from, revenueCard(Long.toString(versionPlan)),
                commission(money(versionBonus)), eur(money(versionSalary)));
        if (drawKind == 1) {
            Draw d = Draw.recoverable(eur(money(draw)));
            version = version.withDraw(maxRecovery < 0 ? d : d.withMaxRecoveryPerPeriod(eur(money(maxRecovery))));
        } else if (drawKind == 2) {
            version = version.withDraw(Draw.nonRecoverable(eur(money(draw))));
        }
        if (cap >= 0) {
            version = version.withCarryForwardCap(eur(money(cap)));
        }
        if (cumulativeKind > 0) {
            version = version.withCumulative(new CumulativeScheme(
                    LinearScheme.of("cumulative bonus", Measure.index("revenue"), eur(money(versionBonus))),
                    cumulativeKind == 1 ? Window.QUARTER : Window.YEAR, policy));
        }
        return version;
    }

    /** This case's plan (versions, draw, cap, cumulative scheme, settlements) with another case's employee. */
    YearCase withEmployeeOf(YearCase other) {
        return new YearCase(salary, plan, bonus, secondVersionDay, plan2, bonus2, salary2, drawKind, draw, maxRecovery, cap,
                cumulativeKind, policy, other.startDay, other.endDay, other.revenueCents, other.through, other.chargebacks,
                drawSettlement, carrySettlement);
    }

    List<PlanVersion> versions() {
        List<PlanVersion> versions = new ArrayList<>();
        versions.add(version(JAN_1, plan, bonus, salary));
        if (secondVersionDay > 0) {
            versions.add(version(JAN_1.plusDays(secondVersionDay), plan2, bonus2, salary2));
        }
        return versions;
    }

    CompensationYear year() {
        CompensationYear.Builder builder = CompensationYear.builder(PlanYear.months(2026))
                .drawSettlement(drawSettlement).carryForwardSettlement(carrySettlement);
        versions().forEach(builder::version);
        return builder.build();
    }

    Assignment assignment() {
        LocalDate start = JAN_1.plusDays(startDay);
        return endDay < 0 ? Assignment.from("seller", start) : Assignment.of("seller", start, JAN_1.plusDays(endDay));
    }

    Facts facts(int monthIndex) {
        return PeriodFixtures.revenueFact(money(revenueCents.get(monthIndex)));
    }

    boolean works(int monthIndex) {
        Assignment a = assignment();
        LocalDate first = LocalDate.of(2026, monthIndex + 1, 1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        return !a.start().isAfter(last) && (a.end() == null || !a.end().isBefore(first));
    }

    List<Chargeback> validChargebacks() {
        List<Chargeback> out = new ArrayList<>();
        for (long[] c : chargebacks) {
            int recorded = (int) c[0];
            int original = (int) c[1];
            if (recorded < through && works(original) && revenueCents.get(original) != 0) {
                out.add(new Chargeback(month(recorded + 1), month(original + 1), "commission", "revenue", BigDecimal.valueOf(c[2], 2)));
            }
        }
        return out;
    }

    /** The employee's year, with the ledger given (period index → paid). */
    EmployeeYear employee(List<Payment> ledger) {
        return employee("seller-1", ledger);
    }

    /** The employee's year under another id, with the ledger given. */
    EmployeeYear employee(String id, List<Payment> ledger) {
        EmployeeYear.Builder builder = EmployeeYear.builder(id).assignment(assignment());
        for (int m = 0; m < through; m++) {
            builder.facts(month(m + 1), facts(m));
        }
        builder.computeThrough(month(through));
        validChargebacks().forEach(builder::chargeback);
        ledger.forEach(builder::payment);
        return builder.build();
    }

    EmployeeYear employee() {
        return employee(List.of());
    }
}
