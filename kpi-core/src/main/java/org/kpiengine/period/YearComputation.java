package org.kpiengine.period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayContext;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.Scheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * The computation of one employee's year, period by period in calendar order; every balance lives
 * in this object for the duration of one {@link CompensationYear#compute} call only.
 *
 * <p>The parts of each period are priced either here, through the object API (the definition),
 * or from a team batch's results ({@link PartResults}, filled by {@link YearBatch}); the
 * sequencing that follows (true-ups, carry-forward, draw, chargebacks, adjustment, settlement) is
 * this class's in both cases. With {@code detailed} false no statement is built, only the
 * figures of each period.
 */
final class YearComputation {

    /** What the parts of each period paid, read from a team batch's results. */
    interface PartResults {
        /**
         * The total pay (salary included) of part {@code p} of period {@code k}.
         */
        Money total(int k, int p);

        /**
         * The amounts of the pay plan's schemes (not the salary, not the modifiers) of part
         * {@code p} of period {@code k}, by name.
         */
        Map<String, Money> schemes(int k, int p);
    }

    /** A part of a period with its version and its share of the period's facts. */
    record Part(LocalDate from, LocalDate to, String role, PlanVersion version, int days, int periodDays,
            Facts facts, Map<String, BigDecimal> quantities) {
    }

    /** The running state of one cumulative scheme in its current window. */
    private static final class TrueUp {
        final String window;
        final int lastIndex;
        Money paid;
        Money earned;

        TrueUp(String window, int lastIndex, Money zero) {
            this.window = window;
            this.lastIndex = lastIndex;
            this.paid = zero;
            this.earned = zero;
        }
    }

    private final CompensationYear year;
    private final EmployeeYear employee;
    private final PlanYear calendar;
    private final Precision precision;
    private final RoundingMode rounding;
    private final Currency currency;
    private final Money zero;

    private final List<List<Part>> parts = new ArrayList<>();
    private final List<Map<String, Money>> schemePayouts = new ArrayList<>();
    private final Map<String, TrueUp> trueUps = new LinkedHashMap<>();
    private final List<PeriodStatement> statements = new ArrayList<>();
    private final List<PeriodFigures> figures = new ArrayList<>();

    /** Whether statements (lines with their details, parts with their payouts) are built. */
    private final boolean detailed;
    /** The parts of every period to compute, split before pricing them in a batch; null on the object path. */
    private @Nullable List<List<Part>> presplit;
    /** The batch's prices of the parts; null on the object path. */
    private @Nullable PartResults results;
    private int last = -2;
    private int closedCount;

    private Money drawBalance;
    private Money carryBalance;
    private Money chargebackBalance;
    private @Nullable Draw lastDraw;
    private Money drawForgivenTotal;
    private Money carryForfeitedTotal;
    private Money overpaidTotal;
    private Money differences;

    YearComputation(CompensationYear year, EmployeeYear employee) {
        this(year, employee, true);
    }

    YearComputation(CompensationYear year, EmployeeYear employee, boolean detailed) {
        this.detailed = detailed;
        this.year = year;
        this.employee = employee;
        this.calendar = year.calendar();
        this.precision = year.precision();
        this.rounding = precision.moneyRounding();
        this.currency = year.currency();
        this.zero = Money.zero(currency);
        Balances opening = opening();
        this.drawBalance = opening.draw();
        this.carryBalance = opening.carryForward();
        this.chargebackBalance = opening.chargebacks();
        this.drawForgivenTotal = zero;
        this.carryForfeitedTotal = zero;
        this.overpaidTotal = zero;
        this.differences = zero;
    }

    private Balances opening() {
        Balances opening = employee.opening();
        if (opening == null) {
            return Balances.zero(currency);
        }
        for (Money m : List.of(opening.draw(), opening.carryForward(), opening.chargebacks())) {
            if (!m.currency().equals(currency)) {
                throw new KpiInputException(Reason.CURRENCY_MISMATCH, null, "opening", m.toString(),
                        "opening balance " + m + " of employee '" + employee.employeeId() + "' must be in " + currency.getCurrencyCode());
            }
        }
        return opening;
    }

    /** Validates the inputs against the calendar and the ledger; once. */
    private void validate() {
        if (last == -2) {
            last = horizon();
            closedCount = validateLedger(last);
            validateChargebacks(last);
        }
    }

    /**
     * Validates the inputs and splits every period to compute into its parts, so that a batch can
     * price them; returns the parts by period.
     */
    List<List<Part>> split() {
        validate();
        List<List<Part>> all = new ArrayList<>(last + 1);
        for (int k = 0; k <= last; k++) {
            all.add(split(calendar.periods().get(k)));
        }
        presplit = all;
        return all;
    }

    /** Prices the parts given by {@link #split()} from a batch's results; the figures follow from {@link #figures()}. */
    void priced(PartResults batchResults) {
        if (presplit == null) {
            throw new IllegalStateException("the parts must be split before they are priced");
        }
        this.results = batchResults;
    }

    YearResult compute() {
        if (!detailed) {
            throw new IllegalStateException("a computation of figures only builds no statement");
        }
        run();
        Balances closing = new Balances(drawBalance, carryBalance, chargebackBalance, currentOverpaid());
        Totals totals = totals();
        return new YearResult(employee.employeeId(), statements, opening(), closing, totals.paid, totals.earned,
                drawForgivenTotal, carryForfeitedTotal, overpaidTotal, totals.pending);
    }

    /** Computes the year's figures, without statements. */
    YearFigures figures() {
        run();
        Balances closing = new Balances(drawBalance, carryBalance, chargebackBalance, currentOverpaid());
        Totals totals = totals();
        return new YearFigures(employee.employeeId(), figures, opening(), closing, totals.paid, totals.earned,
                drawForgivenTotal, carryForfeitedTotal, overpaidTotal, totals.pending);
    }

    private record Totals(Money paid, Money earned, Money pending) {
    }

    private void run() {
        validate();
        for (int k = 0; k <= last; k++) {
            period(k, closedCount);
        }
    }

    private Totals totals() {
        Money paid = zero;
        Money earned = zero;
        for (PeriodFigures period : figures) {
            paid = paid.plus(period.paid());
            earned = earned.plus(period.earned());
        }
        return new Totals(paid, earned, closedCount > last ? differences : zero);
    }

    private Money currentOverpaid() {
        Money sum = zero;
        for (TrueUp state : trueUps.values()) {
            sum = sum.plus(state.paid.minus(state.earned));
        }
        return sum;
    }

    // ---- validation of the employee's inputs against the calendar

    private int horizon() {
        int last = -1;
        for (String periodId : employee.facts().keySet()) {
            int index = calendar.indexOf(periodId);
            if (index < 0) {
                throw PlanYear.unknownPeriod("facts", periodId);
            }
            last = Math.max(last, index);
        }
        for (String periodId : quantityPeriods()) {
            if (calendar.indexOf(periodId) < 0) {
                throw PlanYear.unknownPeriod("quantity", periodId);
            }
        }
        String through = employee.computeThrough();
        if (through != null) {
            int index = calendar.indexOf(through);
            if (index < 0) {
                throw PlanYear.unknownPeriod("computeThrough", through);
            }
            if (index < last) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "computeThrough", through,
                        "employee '" + employee.employeeId() + "' has facts for period '" + calendar.periods().get(last).id()
                                + "', after the last period to compute '" + through + "'");
            }
            last = index;
        }
        return last;
    }

    private List<String> quantityPeriods() {
        List<String> ids = new ArrayList<>();
        for (Period period : calendar.periods()) {
            if (!employee.quantities(period.id()).isEmpty()) {
                ids.add(period.id());
            }
        }
        return ids;
    }

    private int validateLedger(int last) {
        int closed = 0;
        for (Payment payment : employee.payments().values()) {
            int index = calendar.indexOf(payment.periodId());
            if (index < 0) {
                throw PlanYear.unknownPeriod("payment", payment.periodId());
            }
            if (index > last) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "payment", payment.periodId(),
                        "the ledger has a payment for period '" + payment.periodId() + "' of employee '" + employee.employeeId()
                                + "', which is not yet computed (" + (last < 0 ? "no period is" : "computed through '"
                                + calendar.periods().get(last).id() + "'") + ")");
            }
            if (!payment.paid().currency().equals(currency)) {
                throw new KpiInputException(Reason.CURRENCY_MISMATCH, null, "payment", payment.paid().toString(),
                        "payment " + payment.paid() + " for period '" + payment.periodId() + "' must be in " + currency.getCurrencyCode());
            }
            closed = Math.max(closed, index + 1);
        }
        for (int k = 0; k < closed; k++) {
            String id = calendar.periods().get(k).id();
            if (!employee.payments().containsKey(id)) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "payment", id,
                        "period '" + id + "' of employee '" + employee.employeeId()
                                + "' has no payment in the ledger but a later period has: periods are closed in order");
            }
        }
        return closed;
    }

    private void validateChargebacks(int last) {
        for (Chargeback chargeback : employee.chargebacks()) {
            int recorded = calendar.indexOf(chargeback.periodId());
            if (recorded < 0) {
                throw PlanYear.unknownPeriod("chargeback", chargeback.periodId());
            }
            int original = calendar.indexOf(chargeback.originalPeriodId());
            if (original < 0) {
                throw PlanYear.unknownPeriod("originalPeriodId", chargeback.originalPeriodId());
            }
            if (original >= recorded) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, chargeback.indicatorId(), "originalPeriodId",
                        chargeback.originalPeriodId(), "a chargeback recorded in period '" + chargeback.periodId()
                                + "' must be against an earlier period, not '" + chargeback.originalPeriodId() + "'");
            }
            if (recorded > last) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, chargeback.indicatorId(), "chargeback", chargeback.periodId(),
                        "a chargeback is recorded in period '" + chargeback.periodId() + "' of employee '"
                                + employee.employeeId() + "', which is not yet computed");
            }
        }
    }

    // ---- parts of a period

    private List<Part> split(Period period) {
        Part whole = whole(period);
        if (whole != null) {
            return List.of(whole);
        }
        List<Part> out = new ArrayList<>();
        List<LocalDate[]> ranges = new ArrayList<>();
        List<PlanVersion> used = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (Assignment assignment : employee.assignments()) {
            LocalDate from = max(assignment.start(), period.start());
            LocalDate to = assignment.end() == null ? period.end() : min(assignment.end(), period.end());
            if (from.isAfter(to)) {
                continue;
            }
            if (year.versions(assignment.role()).isEmpty()) {
                throw new KpiInputException(Reason.OTHER, null, "role", assignment.role(),
                        "employee '" + employee.employeeId() + "' is assigned to role '" + assignment.role() + "', which has no plan version");
            }
            LocalDate cursor = from;
            while (!cursor.isAfter(to)) {
                PlanVersion version = year.versionOn(assignment.role(), cursor);
                if (version == null) {
                    throw new KpiInputException(Reason.OUT_OF_RANGE, null, "role", assignment.role(),
                            "no plan version of role '" + assignment.role() + "' is in effect on " + cursor + ", a day employee '"
                                    + employee.employeeId() + "' is assigned to it");
                }
                LocalDate end = to;
                for (PlanVersion next : year.versions(assignment.role())) {
                    if (next.effectiveFrom().isAfter(cursor)) {
                        if (!next.effectiveFrom().isAfter(to)) {
                            end = next.effectiveFrom().minusDays(1);
                        }
                        break;
                    }
                }
                ranges.add(new LocalDate[] {cursor, end});
                used.add(version);
                roles.add(assignment.role());
                cursor = end.plusDays(1);
            }
        }
        if (ranges.isEmpty()) {
            return out;
        }
        Facts facts = employee.facts(period.id());
        if (facts == null) {
            throw new KpiInputException(Reason.MISSING_FACT, null, "facts", period.id(),
                    "employee '" + employee.employeeId() + "' works in period '" + period.id() + "' but has no facts for it");
        }
        int total = 0;
        int[] days = new int[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            days[i] = Math.toIntExact(ChronoUnit.DAYS.between(ranges.get(i)[0], ranges.get(i)[1]) + 1); // as Period.days()
            total += days[i];
        }
        List<Facts> partFacts = splitFacts(facts, used, days, total);
        List<Map<String, BigDecimal>> partQuantities = splitValues(employee.quantities(period.id()), null, days, total);
        for (int i = 0; i < ranges.size(); i++) {
            out.add(new Part(ranges.get(i)[0], ranges.get(i)[1], roles.get(i), used.get(i), days[i], period.days(),
                    partFacts.get(i), partQuantities.get(i)));
        }
        return out;
    }

    /**
     * The part of a period that one assignment and one version cover whole, as the general split
     * below makes it (the facts and quantities unshared); null if the period has more parts, none,
     * or its facts are missing (the general split then says so).
     */
    private @Nullable Part whole(Period period) {
        List<Assignment> assignments = employee.assignments();
        if (assignments.size() != 1) {
            return null;
        }
        Assignment assignment = assignments.get(0);
        if (assignment.start().isAfter(period.start()) || assignment.end() != null && assignment.end().isBefore(period.end())) {
            return null;
        }
        PlanVersion version = year.versionOn(assignment.role(), period.start());
        if (version == null) {
            return null;
        }
        for (PlanVersion next : year.versions(assignment.role())) {
            if (next.effectiveFrom().isAfter(period.start()) && !next.effectiveFrom().isAfter(period.end())) {
                return null;
            }
        }
        Facts facts = employee.facts(period.id());
        if (facts == null) {
            return null;
        }
        int days = period.days();
        Map<String, BigDecimal> quantities = employee.quantities(period.id());
        return new Part(period.start(), period.end(), assignment.role(), version, days, days, facts,
                quantities.isEmpty() ? Map.of() : new LinkedHashMap<>(quantities));
    }

    private List<Facts> splitFacts(Facts facts, List<PlanVersion> versions, int[] days, int total) {
        if (days.length == 1) {
            return List.of(facts);
        }
        List<Map<String, BigDecimal>> values = splitValues(facts.asMap(), versions, days, total);
        List<Facts> out = new ArrayList<>();
        for (Map<String, BigDecimal> map : values) {
            out.add(Facts.of(map));
        }
        return out;
    }

    /**
     * Splits the values of a period among its parts in proportion to their days: each part but the
     * last gets {@code value × days ÷ total} rounded toward zero to {@code max(4, scale)} places, the
     * last the rest, so the parts add up to the value exactly and all have its sign. A fact of an indicator that no part's scorecard marks additive is
     * not split (each part sees it whole). Quantities ({@code versions == null}) are always split.
     */
    private List<Map<String, BigDecimal>> splitValues(Map<String, BigDecimal> values, @Nullable List<PlanVersion> versions,
            int[] days, int total) {
        List<Map<String, BigDecimal>> out = new ArrayList<>();
        if (values.isEmpty()) {
            for (int i = 0; i < days.length; i++) {
                out.add(Map.of());
            }
            return out;
        }
        for (int i = 0; i < days.length; i++) {
            out.add(new LinkedHashMap<>());
        }
        values.forEach((id, value) -> {
            boolean additive = versions == null || isAdditive(id, versions);
            if (!additive || days.length == 1) {
                for (Map<String, BigDecimal> map : out) {
                    map.put(id, value);
                }
                return;
            }
            int scale = Math.max(precision.indexScale(), value.scale());
            BigDecimal rest = value;
            for (int i = 0; i < days.length - 1; i++) {
                BigDecimal share = value.multiply(BigDecimal.valueOf(days[i])).divide(BigDecimal.valueOf(total), scale, RoundingMode.DOWN);
                out.get(i).put(id, share);
                rest = rest.subtract(share);
            }
            out.get(days.length - 1).put(id, rest);
        });
        return out;
    }

    private static boolean isAdditive(String indicatorId, List<PlanVersion> versions) {
        for (PlanVersion version : versions) {
            if (version.scorecard().has(indicatorId)) {
                return version.scorecard().line(indicatorId).indicator().additive();
            }
        }
        return false;
    }

    /** The scorecard of a part: additive indicators' thresholds prorated by days ÷ periodDays. */
    static Scorecard prorated(Scorecard scorecard, int days, int periodDays, Precision precision) {
        if (days == periodDays) {
            return scorecard;
        }
        Scorecard.Builder builder = Scorecard.builder();
        for (ScorecardLine line : scorecard.lines()) {
            Thresholds thresholds = line.indicator().additive()
                    ? Proration.thresholds(line.thresholds(), days, periodDays, precision.indexScale(), precision.indexRounding())
                    : line.thresholds();
            builder.add(new ScorecardLine(line.indicator(), line.weight(), thresholds, line.curve()));
        }
        if (scorecard.isForManager()) {
            builder.forManager();
        }
        return builder.build();
    }

    private UnaryOperator<Money> scaler(int days, int periodDays) {
        return amount -> Proration.money(amount, days, periodDays, rounding);
    }

    // ---- one period

    private void period(int k, int closedCount) {
        Period period = calendar.periods().get(k);
        List<Part> periodParts = presplit != null ? presplit.get(k) : split(period);
        parts.add(periodParts);
        PartResults batch = results;
        // on the batch path the schemes' payouts are read from the batch and no part is described;
        // without details no line is kept
        Map<String, Money> payouts = batch == null ? new HashMap<>() : Map.of();
        schemePayouts.add(payouts);
        List<PeriodStatementLine> lines = detailed ? new ArrayList<>() : List.of();
        List<PeriodPart> described = batch == null ? new ArrayList<>() : List.of();
        Money[] running = {zero};
        Money salary = zero;
        Money earned = zero;
        for (int p = 0; p < periodParts.size(); p++) {
            Part part = periodParts.get(p);
            PlanVersion version = part.version();
            if (batch != null) {
                // priced by the batch: the same figures as the object path below (TeamBatch's contract)
                Money partSalary = Proration.money(version.salary(), part.days(), part.periodDays(), rounding);
                Money total = version.payPlan() == null ? partSalary : batch.total(k, p);
                running[0] = running[0].plus(total);
                salary = salary.plus(partSalary);
                earned = earned.plus(total);
                continue;
            }
            Scorecard scorecard = prorated(version.scorecard(), part.days(), part.periodDays(), precision);
            Evaluation evaluation = scorecard.evaluate(part.facts(), precision);
            Money partSalary = Proration.money(version.salary(), part.days(), part.periodDays(), rounding);
            Payout payout;
            if (version.payPlan() == null) {
                payout = new Payout(partSalary, List.of(new PayLine("salary", PayLine.Kind.SALARY, "fixed salary", partSalary,
                        zero, partSalary)), zero, partSalary, evaluation.warnings(), evaluation);
            } else {
                PayPlan plan = Proration.plan(version.payPlan(), scaler(part.days(), part.periodDays()),
                        part.days() == part.periodDays(), currency);
                payout = plan.evaluate(evaluation, PayInputs.of(partSalary, part.quantities()), precision);
            }
            PeriodPart periodPart = new PeriodPart(part.from(), part.to(), part.role(), version.effectiveFrom(), part.days(),
                    part.periodDays(), evaluation, payout);
            described.add(periodPart);
            String prefix = part.days() == part.periodDays() ? ""
                    : part.from() + " to " + part.to() + ", " + part.days() + "/" + part.periodDays() + " days: ";
            for (PayLine line : payout.lines()) {
                PeriodStatementLine.Kind kind = switch (line.kind()) {
                    case SALARY -> PeriodStatementLine.Kind.SALARY;
                    case SCHEME -> PeriodStatementLine.Kind.SCHEME;
                    default -> PeriodStatementLine.Kind.MODIFIER;
                };
                add(lines, running, kind, line.name(), prefix + line.detail(), line.amount(),
                        new PeriodReckoning.Pay(periodPart, line));
                if (line.kind() == PayLine.Kind.SCHEME) {
                    payouts.merge(line.name(), line.amount(), Money::plus);
                }
            }
            salary = salary.plus(partSalary);
            earned = earned.plus(payout.total());
        }
        PlanVersion latest = periodParts.isEmpty() ? null : periodParts.get(periodParts.size() - 1).version();

        // true-ups of cumulative schemes
        if (latest != null) {
            for (CumulativeScheme cumulative : latest.cumulative()) {
                String key = cumulative.window().key(period.end());
                TrueUp state = trueUps.computeIfAbsent(cumulative.name(), n -> new TrueUp(key, lastOfWindow(cumulative.window(), k), zero));
                Evaluation[] evaluationToDate = new Evaluation[1];
                org.kpiengine.pay.Accrual accrual = toDate(k, cumulative, latest, state, evaluationToDate);
                Money earnedToDate = accrual.amount();
                Money owed = earnedToDate.minus(state.paid);
                Money pay = cumulative.policy() == TrueUpPolicy.NEVER_NEGATIVE && owed.isNegative() ? zero : owed;
                add(lines, running, PeriodStatementLine.Kind.TRUE_UP, cumulative.name(),
                        "earned to date " + earnedToDate.toAmountText() + " (" + state.window + ") − paid to date "
                                + state.paid.toAmountText() + (pay.equals(owed) ? "" : ", never negative: pays 0")
                                + "; to date: " + accrual.detail(), pay,
                        new PeriodReckoning.TrueUp(state.window, earnedToDate, state.paid, !pay.equals(owed),
                                evaluationToDate[0], accrual.reckoning()));
                earned = earned.plus(earnedToDate.minus(state.earned));
                state.paid = state.paid.plus(pay);
                state.earned = earnedToDate;
            }
        }

        // cap with carry-forward
        Money cap = periodParts.isEmpty() ? null : sumOver(periodParts, PlanVersion::carryForwardCap);
        Money variable = running[0].minus(salary);
        if (cap != null && variable.isGreaterThan(cap)) {
            Money out = variable.minus(cap);
            add(lines, running, PeriodStatementLine.Kind.CARRY_FORWARD_OUT, "carry-forward",
                    "variable " + variable.toAmountText() + " above the cap " + cap.toAmountText() + ", carried forward", out.negated(),
                    new PeriodReckoning.CarriedOut(variable, cap));
            carryBalance = carryBalance.plus(out);
        } else if (!periodParts.isEmpty() && carryBalance.isGreaterThan(zero)) {
            Money room = cap == null ? carryBalance : cap.minus(variable);
            Money in = min(carryBalance, room);
            if (in.isGreaterThan(zero)) {
                add(lines, running, PeriodStatementLine.Kind.CARRY_FORWARD_IN, "carry-forward",
                        "carried forward " + carryBalance.toAmountText() + ", paid up to the cap "
                                + (cap == null ? "(none)" : cap.toAmountText()), in,
                        new PeriodReckoning.CarriedIn(carryBalance, cap));
                carryBalance = carryBalance.minus(in);
            }
        }

        // draw
        Money draw = drawOf(periodParts);
        Draw drawRule = latestDraw(periodParts);
        if (drawRule != null) {
            lastDraw = drawRule;
        }
        variable = running[0].minus(salary);
        if (draw != null && variable.isLessThan(draw)) {
            Money top = draw.minus(variable);
            boolean recoverable = drawRule != null && drawRule.recoverable();
            add(lines, running, PeriodStatementLine.Kind.DRAW, "draw", "variable " + variable.toAmountText() + " below the draw "
                    + draw.toAmountText() + (recoverable ? ", recoverable" : ", not recoverable"), top,
                    new PeriodReckoning.DrawTopUp(variable, draw, recoverable));
            if (recoverable) {
                drawBalance = drawBalance.plus(top);
            } else {
                earned = earned.plus(top); // a guarantee: variable = max(earned, draw) is what was earned
            }
        } else if (!periodParts.isEmpty() && drawBalance.isGreaterThan(zero)) {
            Money floor = draw == null ? zero : draw;
            Money recovery = min(drawBalance, variable.minus(floor));
            Money maximum = maxRecovery(periodParts);
            if (maximum != null) {
                recovery = min(recovery, maximum);
            }
            if (recovery.isGreaterThan(zero)) {
                add(lines, running, PeriodStatementLine.Kind.DRAW_RECOVERY, "draw recovery", "draw balance " + drawBalance.toAmountText()
                        + ", variable " + variable.toAmountText() + " above the draw " + floor.toAmountText()
                        + (maximum == null ? "" : ", at most " + maximum.toAmountText()), recovery.negated(),
                        new PeriodReckoning.DrawRecovery(drawBalance, variable, floor, maximum));
                drawBalance = drawBalance.minus(recovery);
            }
        }

        // chargebacks
        List<Chargeback> recorded = employee.chargebacks().isEmpty() ? List.of() : new ArrayList<>();
        for (Chargeback chargeback : employee.chargebacks()) {
            if (chargeback.periodId().equals(period.id())) {
                recorded.add(chargeback);
            }
        }
        if (!recorded.isEmpty() || chargebackBalance.isGreaterThan(zero)) {
            Money floor = min(running[0].minus(salary), zero);
            for (Chargeback chargeback : recorded) {
                Money amount = chargeback(chargeback, lines, running);
                earned = earned.minus(amount);
            }
            if (chargebackBalance.isGreaterThan(zero)) {
                add(lines, running, PeriodStatementLine.Kind.CHARGEBACK_RECOVERY, "chargebacks carried",
                        "chargebacks not recovered in earlier periods", chargebackBalance.negated(),
                        new PeriodReckoning.ChargebacksRecovered());
                chargebackBalance = zero;
            }
            variable = running[0].minus(salary);
            if (variable.isLessThan(floor)) {
                Money carried = floor.minus(variable);
                add(lines, running, PeriodStatementLine.Kind.CHARGEBACK_CARRIED, "chargebacks carried",
                        "not recovered: the variable pay stays at " + floor.toAmountText() + ", the rest is carried forward", carried,
                        new PeriodReckoning.ChargebacksCarried(floor));
                chargebackBalance = carried;
            }
        }

        // adjustment of closed periods, in the first open period
        if (closedCount > 0 && k == closedCount) {
            Money adjustment = differences;
            StringBuilder detail = new StringBuilder("closed periods as recomputed minus as paid:");
            List<PeriodReckoning.Closed> closedPeriods = new ArrayList<>();
            if (detailed) {
                for (PeriodFigures closed : figures) {
                    detail.append(' ').append(closed.period().id()).append(' ').append(closed.recomputed().minus(closed.paid()).toAmountText());
                    closedPeriods.add(new PeriodReckoning.Closed(closed.period().id(), closed.recomputed(), closed.paid()));
                }
            }
            add(lines, running, PeriodStatementLine.Kind.ADJUSTMENT, "adjustment", detail.toString(), adjustment,
                    new PeriodReckoning.Adjustment(closedPeriods));
            earned = earned.plus(adjustment);
        }

        // settlement at year end or termination
        Money forgiven = zero;
        Money forfeited = zero;
        if (k == calendar.periods().size() - 1 || terminatesIn(period)) {
            if (drawBalance.isGreaterThan(zero) && year.drawSettlement() == DrawSettlement.FORGIVEN) {
                forgiven = drawBalance;
                drawForgivenTotal = drawForgivenTotal.plus(forgiven);
                drawBalance = zero;
            }
            if (carryBalance.isGreaterThan(zero)) {
                if (year.carryForwardSettlement() == CarryForwardSettlement.PAID) {
                    add(lines, running, PeriodStatementLine.Kind.CARRY_FORWARD_PAID, "carry-forward",
                            "carry-forward balance paid at " + (k == calendar.periods().size() - 1 ? "year end" : "termination"),
                            carryBalance, new PeriodReckoning.CarryForwardPaid(k == calendar.periods().size() - 1));
                } else {
                    forfeited = carryBalance;
                    carryForfeitedTotal = carryForfeitedTotal.plus(forfeited);
                }
                carryBalance = zero;
            }
        }

        // windows of cumulative schemes that end with this period
        Money overpaid = zero;
        for (var it = trueUps.values().iterator(); it.hasNext();) {
            TrueUp state = it.next();
            if (state.lastIndex <= k) {
                overpaid = overpaid.plus(state.paid.minus(state.earned));
                it.remove();
            }
        }
        overpaidTotal = overpaidTotal.plus(overpaid);

        Money recomputed = running[0];
        Payment payment = employee.payments().get(period.id());
        Money paid = recomputed;
        if (payment != null) {
            paid = payment.paid();
            Money difference = recomputed.minus(paid);
            differences = differences.plus(difference);
            earned = earned.minus(difference);
        }
        Balances balances = new Balances(drawBalance, carryBalance, chargebackBalance, currentOverpaid());
        figures.add(new PeriodFigures(period, draw, cap, earned, recomputed, paid, payment != null, balances, forgiven,
                forfeited, overpaid));
        if (detailed) {
            statements.add(new PeriodStatement(employee.employeeId(), period, described, lines, draw, cap, earned, recomputed,
                    paid, payment != null, balances, forgiven, forfeited, overpaid));
        }
    }

    private boolean terminatesIn(Period period) {
        List<Assignment> assignments = employee.assignments();
        if (assignments.isEmpty()) {
            return false;
        }
        LocalDate end = assignments.get(assignments.size() - 1).end();
        return end != null && period.contains(end);
    }

    private int lastOfWindow(Window window, int k) {
        String key = window.key(calendar.periods().get(k).end());
        int last = k;
        while (last + 1 < calendar.periods().size() && window.key(calendar.periods().get(last + 1).end()).equals(key)) {
            last++;
        }
        return last;
    }

    /**
     * Earned to date of a cumulative scheme at period k: the scheme (amounts per period, prorated
     * for each part of the window and summed) evaluated on the facts to date (additive facts summed,
     * non-additive the latest) against the thresholds to date (additive thresholds of every part,
     * prorated and summed; non-additive the latest version's).
     */
    private org.kpiengine.pay.Accrual toDate(int k, CumulativeScheme cumulative, PlanVersion latest, TrueUp state,
            Evaluation[] evaluationOut) {
        List<Integer> window = new ArrayList<>();
        for (int j = 0; j <= k; j++) {
            if (cumulative.window().key(calendar.periods().get(j).end()).equals(state.window)) {
                window.add(j);
            }
        }
        List<Part> windowParts = new ArrayList<>();
        for (int j : window) {
            windowParts.addAll(parts.get(j));
        }
        Scorecard scorecard = latest.scorecard();
        Map<String, BigDecimal> factsToDate = new LinkedHashMap<>();
        Scorecard.Builder builder = Scorecard.builder();
        Facts latestFacts = employee.facts(calendar.periods().get(k).id());
        for (ScorecardLine line : scorecard.lines()) {
            String id = line.id();
            Thresholds thresholds = line.thresholds();
            if (line.indicator().additive()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int j : window) {
                    Facts facts = employee.facts(calendar.periods().get(j).id());
                    BigDecimal value = facts == null ? null : facts.get(id);
                    if (value == null && !parts.get(j).isEmpty()) {
                        throw new KpiInputException(Reason.MISSING_FACT, id, "facts", calendar.periods().get(j).id(),
                                "indicator '" + id + "' has no fact in period '" + calendar.periods().get(j).id()
                                        + "', needed to date by cumulative scheme '" + cumulative.name() + "'");
                    }
                    sum = value == null ? sum : sum.add(value);
                }
                factsToDate.put(id, sum);
                BigDecimal base = line.thresholds().base() == null ? null : BigDecimal.ZERO;
                BigDecimal plan = BigDecimal.ZERO;
                BigDecimal target = line.thresholds().target() == null ? null : BigDecimal.ZERO;
                for (Part part : windowParts) {
                    Thresholds own = part.version().scorecard().has(id) ? part.version().scorecard().line(id).thresholds() : line.thresholds();
                    Thresholds t = Proration.thresholds(own, part.days(), part.periodDays(), precision.indexScale(), precision.indexRounding());
                    Thresholds fallback = Proration.thresholds(line.thresholds(), part.days(), part.periodDays(), precision.indexScale(),
                            precision.indexRounding());
                    plan = plan.add(t.plan());
                    if (base != null) {
                        base = base.add(t.base() != null ? t.base() : fallback.base());
                    }
                    if (target != null) {
                        target = target.add(t.target() != null ? t.target() : fallback.target());
                    }
                }
                thresholds = new Thresholds(base, plan, target);
            } else {
                BigDecimal value = latestFacts == null ? null : latestFacts.get(id);
                if (value != null) {
                    factsToDate.put(id, value);
                }
            }
            builder.add(new ScorecardLine(line.indicator(), line.weight(), thresholds, line.curve()));
        }
        if (scorecard.isForManager()) {
            builder.forManager();
        }
        Evaluation evaluation = builder.build().evaluate(Facts.of(factsToDate), precision);
        evaluationOut[0] = evaluation;
        Money salaryToDate = zero;
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (Part part : windowParts) {
            salaryToDate = salaryToDate.plus(Proration.money(part.version().salary(), part.days(), part.periodDays(), rounding));
            part.quantities().forEach((name, value) -> quantities.merge(name, value, BigDecimal::add));
        }
        boolean identity = windowParts.size() == 1 && windowParts.get(0).days() == windowParts.get(0).periodDays();
        UnaryOperator<Money> scale = amount -> {
            Money sum = zero;
            for (Part part : windowParts) {
                sum = sum.plus(Proration.money(amount, part.days(), part.periodDays(), rounding));
            }
            return sum;
        };
        Scheme scheme = Proration.scheme(cumulative.scheme(), scale, identity, currency);
        return scheme.accrue(new PayContext(evaluation, PayInputs.of(salaryToDate, quantities), precision));
    }

    /** Σ over the parts of a prorated amount of their versions; null if a part's version has none. */
    private @Nullable Money sumOver(List<Part> periodParts, java.util.function.Function<PlanVersion, @Nullable Money> amount) {
        Money sum = zero;
        for (Part part : periodParts) {
            Money value = amount.apply(part.version());
            if (value == null) {
                return null;
            }
            sum = sum.plus(Proration.money(value, part.days(), part.periodDays(), rounding));
        }
        return sum;
    }

    /** The period's draw: Σ over the parts whose version has one; null if none has. */
    private @Nullable Money drawOf(List<Part> periodParts) {
        Money sum = null;
        for (Part part : periodParts) {
            Draw draw = part.version().draw();
            if (draw != null) {
                Money share = Proration.money(draw.amount(), part.days(), part.periodDays(), rounding);
                sum = sum == null ? share : sum.plus(share);
            }
        }
        return sum;
    }

    private static @Nullable Draw latestDraw(List<Part> periodParts) {
        Draw found = null;
        for (Part part : periodParts) {
            if (part.version().draw() != null) {
                found = part.version().draw();
            }
        }
        return found;
    }

    /** The most recovered this period: the last known draw's maximum, prorated over the period's parts. */
    private @Nullable Money maxRecovery(List<Part> periodParts) {
        Draw rule = lastDraw;
        if (rule == null || rule.maxRecoveryPerPeriod() == null) {
            return null;
        }
        Money sum = zero;
        for (Part part : periodParts) {
            sum = sum.plus(Proration.money(rule.maxRecoveryPerPeriod(), part.days(), part.periodDays(), rounding));
        }
        return sum;
    }

    /** Adds a chargeback line and returns its amount: ROUND(refund × payout ÷ fact; minor unit) of the original period. */
    private Money chargeback(Chargeback chargeback, List<PeriodStatementLine> lines, Money[] running) {
        int original = calendar.indexOf(chargeback.originalPeriodId());
        Money payout = schemePayout(original, chargeback.schemeName());
        if (payout == null) {
            throw new KpiInputException(Reason.UNKNOWN_PAY_STEP, chargeback.indicatorId(), "schemeName", chargeback.schemeName(),
                    "a chargeback names scheme '" + chargeback.schemeName() + "', which paid nothing in period '"
                            + chargeback.originalPeriodId() + "' (a refund against a cumulative scheme lowers the facts instead)");
        }
        Facts facts = employee.facts(chargeback.originalPeriodId());
        BigDecimal measured = facts == null ? null : facts.get(chargeback.indicatorId());
        if (measured == null || measured.signum() == 0) {
            throw new KpiInputException(Reason.DIVISION_BY_ZERO, chargeback.indicatorId(), "refund",
                    chargeback.refund().toPlainString(), "a chargeback needs the fact of indicator '" + chargeback.indicatorId()
                            + "' in period '" + chargeback.originalPeriodId() + "' to find the rate paid, but it is "
                            + (measured == null ? "absent" : "0"));
        }
        BigDecimal exact = chargeback.refund().multiply(payout.amount());
        Money amount = Money.of(currency, exact.divide(measured, payout.amount().scale(), rounding));
        add(lines, running, PeriodStatementLine.Kind.CHARGEBACK, chargeback.schemeName(), "refund "
                + Decimals.text(chargeback.refund()) + " of " + chargeback.indicatorId() + " × rate paid in "
                + chargeback.originalPeriodId() + " (" + payout.toAmountText() + " ÷ " + Decimals.text(measured) + ")", amount.negated(),
                new PeriodReckoning.Refund(chargeback.refund(), chargeback.indicatorId(), chargeback.originalPeriodId(), payout,
                        measured));
        return amount;
    }

    /** What a scheme paid in period k, over its parts; null if it paid nothing there. */
    private @Nullable Money schemePayout(int k, String name) {
        PartResults batch = results;
        if (batch == null) {
            return schemePayouts.get(k).get(name);
        }
        Money sum = null;
        for (int p = 0; p < parts.get(k).size(); p++) {
            if (parts.get(k).get(p).version().payPlan() == null) {
                continue;
            }
            Money amount = batch.schemes(k, p).get(name);
            if (amount != null) {
                sum = sum == null ? amount : sum.plus(amount);
            }
        }
        return sum;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Money min(Money a, Money b) {
        return a.isLessThan(b) ? a : b;
    }

    private void add(List<PeriodStatementLine> lines, Money[] running, PeriodStatementLine.Kind kind, String name, String detail,
            Money amount, PeriodReckoning reckoning) {
        Money after = running[0].plus(amount);
        if (detailed) {
            lines.add(new PeriodStatementLine(kind, name, detail, amount, running[0], after, reckoning));
        }
        running[0] = after;
    }
}
