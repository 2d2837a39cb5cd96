package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.Warning;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.Scheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * The results of a team batch: one per employee, in input order, and the team's aggregates.
 *
 * <p>Per employee: the {@link #status(int)}; for an OK employee the KPI index of every indicator
 * ({@link #indices(int)}), the {@link #rating(int)}, the pay {@link #components(int)} and
 * {@link #total(int)} when the role has a pay plan, and the {@link #warnings(int)}; for an
 * employee in error the {@link #error(int)}. The values are stored as columns of scaled numbers
 * and become {@code BigDecimal}s only when asked for, each with scale exactly
 * {@link Precision#indexScale()}; {@link #unscaledRating(int)} reads a rating without making one.
 *
 * <p>The team's statistics over the employees with an OK result are in its {@link #summary()}
 * ({@link TeamSummary}); the aggregate methods here return the same.
 *
 * <p>This class is immutable and thread-safe once returned.
 *
 * @since 0.1.0
 */
public final class TeamResult {

    private final TeamBatch batch;
    private final TeamInput input;
    private final Results results;
    private final Kernel kernel;
    private final List<KernelTemplate> compiled;
    private final int scale;
    private final TeamSummary summary;

    TeamResult(TeamBatch batch, TeamInput input, Results results, Kernel kernel, List<KernelTemplate> compiled) {
        this.batch = batch;
        this.input = input;
        this.results = results;
        this.kernel = kernel;
        this.compiled = compiled;
        this.scale = batch.precision().indexScale();
        this.summary = new TeamSummary(this, input, results, compiled);
    }

    /**
     * Returns the number of employees.
     *
     * @return the size, as in the input
     */
    public int size() {
        return results.size;
    }

    /**
     * Returns the precision the batch rounded with.
     *
     * @return the precision, not null
     */
    public Precision precision() {
        return batch.precision();
    }

    /**
     * Returns an employee's id.
     *
     * @param row the row, from 0
     * @return the id given in the input, or {@code "row N"}, not null
     */
    public String employeeId(int row) {
        return input.employeeId(row);
    }

    /**
     * Returns an employee's status.
     *
     * @param row the row, from 0
     * @return OK or ERROR, not null
     */
    public EmployeeStatus status(int row) {
        return results.status(row) == Results.ERROR ? EmployeeStatus.ERROR : EmployeeStatus.OK;
    }

    /**
     * Returns whether an employee's result was computed.
     *
     * @param row the row, from 0
     * @return true if the status is OK
     */
    public boolean isOk(int row) {
        return results.status(row) != Results.ERROR;
    }

    /**
     * Returns an employee's error.
     *
     * @param row the row, from 0
     * @return the error, or null if the employee's result is OK
     */
    public @Nullable EmployeeError error(int row) {
        KpiInputException e = results.status(row) == Results.ERROR ? results.errors.get(row) : null;
        return e == null ? null : new EmployeeError(row, employeeId(row), e);
    }

    /**
     * Returns every error, in row order.
     *
     * @return the unmodifiable list, not null
     */
    public List<EmployeeError> errors() {
        List<EmployeeError> out = new ArrayList<>(results.errors.size());
        new TreeMap<>(results.errors).forEach((row, e) -> out.add(new EmployeeError(row, employeeId(row), e)));
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the number of employees with an OK result.
     *
     * @return the count
     */
    public int okCount() {
        return results.size - results.errors.size();
    }

    /**
     * Returns the number of employees with an error result.
     *
     * @return the count
     */
    public int errorCount() {
        return results.errors.size();
    }

    /**
     * Returns the role template of an employee.
     *
     * @param row the row, from 0
     * @return the template, not null
     * @throws IllegalStateException if the employee's role has no template (an error result)
     */
    public RoleTemplate template(int row) {
        int role = input.role(row);
        if (role < 0 || role >= batch.templates().size()) {
            throw notOk(row);
        }
        return batch.templates().get(role);
    }

    /**
     * Returns an employee's rating, with scale {@link Precision#indexScale()}.
     *
     * @param row the row, from 0
     * @return the rating in percent, not null
     * @throws IllegalStateException if the employee's result is an error
     */
    public BigDecimal rating(int row) {
        byte status = results.status(row);
        if (status == Results.OK) {
            return BigDecimal.valueOf(results.rating(row), scale);
        }
        return kept(row).evaluation().rating();
    }

    /**
     * Returns an employee's rating as an unscaled {@code long} at {@link Precision#indexScale()}
     * (1 042 500 for 104.2500 % at scale 4), without making an object.
     *
     * @param row the row, from 0
     * @return the unscaled rating
     * @throws IllegalStateException if the employee's result is an error
     * @throws ArithmeticException if the rating does not fit a {@code long}
     */
    public long unscaledRating(int row) {
        byte status = results.status(row);
        if (status == Results.OK) {
            return results.rating(row);
        }
        return kept(row).evaluation().rating().unscaledValue().longValueExact();
    }

    /**
     * Returns an employee's KPI indices, in the order of the role's scorecard, each with scale
     * {@link Precision#indexScale()}.
     *
     * @param row the row, from 0
     * @return the unmodifiable list, not null
     * @throws IllegalStateException if the employee's result is an error
     */
    public List<BigDecimal> indices(int row) {
        byte status = results.status(row);
        if (status == Results.OK) {
            int lines = template(row).scorecard().size();
            BigDecimal[] out = new BigDecimal[lines];
            for (int k = 0; k < lines; k++) {
                out[k] = BigDecimal.valueOf(results.index(row, k), scale);
            }
            return List.of(out);
        }
        List<BigDecimal> out = new ArrayList<>();
        kept(row).evaluation().indices().forEach(i -> out.add(i.index()));
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns an employee's KPI index of one indicator, with scale {@link Precision#indexScale()}.
     *
     * @param row the row, from 0
     * @param indicatorId the indicator id, not null
     * @return the index in percent, not null
     * @throws IllegalStateException if the employee's result is an error
     * @throws KpiInputException with {@link Reason#UNKNOWN_INDICATOR} if the role's scorecard has no such indicator
     */
    public BigDecimal index(int row, String indicatorId) {
        Scorecard scorecard = template(row).scorecard();
        int k = scorecard.lines().indexOf(scorecard.line(indicatorId));
        return indices(row).get(k);
    }

    /**
     * Returns the advisory warnings of an employee's result: those of the role's scorecard, those
     * of the role's pay plan ({@link PayPlan#warnings()}), and those the pay plan's steps gave.
     *
     * @param row the row, from 0
     * @return the unmodifiable list, empty for an error result, not null
     */
    public List<Warning> warnings(int row) {
        if (results.status(row) == Results.OK_OBJECT) {
            RowObjects objects = kept(row);
            Payout payout = objects.payout();
            return payout == null ? objects.evaluation().warnings() : payout.warnings();
        }
        if (!isOk(row)) {
            return List.of();
        }
        if (results.warned(row)) {
            return payout(row).warnings(); // a step's own warning: written by the object API
        }
        RoleTemplate template = template(row);
        PayPlan plan = template.payPlan();
        if (plan == null || plan.warnings().isEmpty()) {
            return template.scorecard().warnings();
        }
        // As PayPlan.evaluate lists them: the evaluation's warnings, then the plan's.
        List<Warning> all = new ArrayList<>(template.scorecard().warnings());
        all.addAll(plan.warnings());
        return List.copyOf(all);
    }

    /**
     * Returns an employee's full evaluation, with every index's fact, thresholds, curve and
     * contribution (for an explanation), computed again through the object API; it equals the
     * batch's figures.
     *
     * @param row the row, from 0
     * @return the evaluation, not null
     * @throws IllegalStateException if the employee's result is an error
     */
    public Evaluation evaluation(int row) {
        if (!isOk(row)) {
            throw notOk(row);
        }
        return kernel.evaluate(compiled.get(input.role(row)), row);
    }

    private RowObjects kept(int row) {
        RowObjects objects = results.status(row) == Results.OK_OBJECT ? results.objects.get(row) : null;
        if (objects == null) {
            throw notOk(row);
        }
        return objects;
    }

    /**
     * Returns the currency of every payout.
     *
     * @return the currency, or null if the input gave no salaries
     */
    public @Nullable Currency currency() {
        return input.currency();
    }

    /**
     * Returns whether an employee's role has a pay plan, so that the result has pay components.
     *
     * @param row the row, from 0
     * @return true if the role has a pay plan
     * @throws IllegalStateException if the employee's role has no template
     */
    public boolean hasPay(int row) {
        return template(row).payPlan() != null;
    }

    /**
     * Returns an employee's pay components, in the order the pay plan applies them: the salary
     * (named {@code "salary"}), each scheme, then each modifier, by name. Each was rounded once
     * to the currency's minor unit; they add up to {@link #total(int)}.
     *
     * @param row the row, from 0
     * @return the unmodifiable map of component name to amount, not null
     * @throws IllegalStateException if the employee's result is an error or the role has no pay plan
     */
    public Map<String, Money> components(int row) {
        PayPlan plan = payPlan(row);
        Map<String, Money> out = new LinkedHashMap<>();
        if (results.status(row) == Results.OK) {
            Currency currency = Objects.requireNonNull(input.currency());
            out.put("salary", salary(row));
            int k = 0;
            for (Scheme scheme : plan.schemes()) {
                out.put(scheme.name(), Money.of(currency, BigDecimal.valueOf(results.pay(row, k++), minorScale())));
            }
            for (Modifier modifier : plan.modifiers()) {
                out.put(modifier.name(), Money.of(currency, BigDecimal.valueOf(results.pay(row, k++), minorScale())));
            }
        } else {
            for (PayLine line : Objects.requireNonNull(kept(row).payout()).lines()) {
                out.put(line.name(), line.amount());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns one of an employee's pay components by name ({@code "salary"}, a scheme's or a
     * modifier's name).
     *
     * @param row the row, from 0
     * @param name the component's name, not null
     * @return the amount, not null
     * @throws IllegalStateException if the employee's result is an error or the role has no pay plan
     * @throws KpiInputException with {@link Reason#UNKNOWN_PAY_STEP} (the name as {@code field()}) if the pay
     *     plan has no such step
     */
    public Money component(int row, String name) {
        Money amount = components(row).get(name);
        if (amount == null) {
            throw new KpiInputException(Reason.UNKNOWN_PAY_STEP, null, name, name,
                    "the pay plan of employee '" + employeeId(row) + "' has no step '" + name + "'");
        }
        return amount;
    }

    /**
     * Returns an employee's fixed salary.
     *
     * @param row the row, from 0
     * @return the salary, not null
     * @throws IllegalStateException if the employee's result is an error or the role has no pay plan
     */
    public Money salary(int row) {
        payPlan(row);
        if (results.status(row) != Results.OK) {
            return Objects.requireNonNull(kept(row).payout()).salary();
        }
        DecimalColumn salaries = Objects.requireNonNull(input.salaries());
        return Money.of(Objects.requireNonNull(input.currency()), Objects.requireNonNull(salaries.get(row)));
    }

    /**
     * Returns an employee's total pay: the sum of the rounded components.
     *
     * @param row the row, from 0
     * @return the total, not null
     * @throws IllegalStateException if the employee's result is an error or the role has no pay plan
     */
    public Money total(int row) {
        payPlan(row);
        if (results.status(row) != Results.OK) {
            return Objects.requireNonNull(kept(row).payout()).total();
        }
        return Money.of(Objects.requireNonNull(input.currency()), BigDecimal.valueOf(results.total(row), minorScale()));
    }

    /**
     * Returns an employee's total pay in minor units (cents), without making an object.
     *
     * @param row the row, from 0
     * @return the total in minor units
     * @throws IllegalStateException if the employee's result is an error or the role has no pay plan
     * @throws ArithmeticException if the total does not fit a {@code long}
     */
    public long unscaledTotal(int row) {
        payPlan(row);
        if (results.status(row) == Results.OK) {
            return results.total(row);
        }
        return Objects.requireNonNull(kept(row).payout()).total().amount().unscaledValue().longValueExact();
    }

    /**
     * Returns an employee's variable pay: total − salary (the schemes after the modifiers).
     *
     * @param row the row, from 0
     * @return the variable part, not null
     * @throws IllegalStateException if the employee's result is an error or the role has no pay plan
     */
    public Money variable(int row) {
        return total(row).minus(salary(row));
    }

    /**
     * Returns an employee's full payout, with every pay line's detail (for an explanation),
     * computed again through the object API; it equals the batch's figures.
     *
     * @param row the row, from 0
     * @return the payout, not null
     * @throws IllegalStateException if the employee's result is an error or the role has no pay plan
     */
    public Payout payout(int row) {
        payPlan(row);
        KernelTemplate template = compiled.get(input.role(row));
        return Objects.requireNonNull(kernel.pay(template, kernel.evaluate(template, row), row));
    }

    private PayPlan payPlan(int row) {
        if (!isOk(row)) {
            throw notOk(row);
        }
        PayPlan plan = template(row).payPlan();
        if (plan == null) {
            throw new IllegalStateException("the role '" + template(row).role() + "' of employee '"
                    + employeeId(row) + "' has no pay plan");
        }
        return plan;
    }

    int minorScale() {
        return Kernel.currencyScale(input.currency());
    }

    private IllegalStateException notOk(int row) {
        EmployeeError error = error(row);
        return new IllegalStateException("employee '" + employeeId(row) + "' has an error result"
                + (error == null ? "" : ": " + error.cause().getMessage()));
    }

    /**
     * Returns the team's statistics over the employees with an OK result: totals paid, plan
     * completion, the share who met their plan, the rating distribution and the ranking.
     *
     * @return the summary, not null
     * @since 0.1.0
     */
    public TeamSummary summary() {
        return summary;
    }

    /**
     * Returns the total paid to the team; the same as {@code summary().totalPaid()}.
     *
     * @return the total, or null if the input gave no salaries
     * @see TeamSummary#totalPaid()
     */
    public @Nullable Money totalPaid() {
        return summary.totalPaid();
    }

    /**
     * Returns the variable pay of the team; the same as {@code summary().totalVariable()}.
     *
     * @return the total variable pay, or null if the input gave no salaries
     * @see TeamSummary#totalVariable()
     */
    public @Nullable Money totalVariable() {
        return summary.totalVariable();
    }

    /**
     * Returns the department's plan completion of one indicator; the same as
     * {@code summary().planCompletion(indicatorId)}.
     *
     * @param indicatorId the indicator id, not null
     * @return the completion in percent, or null if no such employee has an OK result or the plans total 0
     * @throws KpiInputException with {@link Reason#UNKNOWN_INDICATOR} if no template has the indicator
     * @see TeamSummary#planCompletion(String)
     */
    public @Nullable BigDecimal planCompletion(String indicatorId) {
        return summary.planCompletion(indicatorId);
    }

    /**
     * Returns the number of employees who met their plan; the same as {@code summary().metCount()}.
     *
     * @return the count
     * @see TeamSummary#metCount()
     */
    public int metCount() {
        return summary.metCount();
    }

    /**
     * Returns the share of employees who met their plan, in percent; the same as
     * {@code summary().shareMet()}.
     *
     * @return the share in percent, or null if no employee has an OK result
     * @see TeamSummary#shareMet()
     */
    public @Nullable BigDecimal shareMet() {
        return summary.shareMet();
    }

    /**
     * Returns the distribution of the ratings; the same as {@code summary().ratingDistribution()}.
     *
     * @return the distribution, or null if no employee has an OK result
     * @see TeamSummary#ratingDistribution()
     */
    public @Nullable RatingDistribution ratingDistribution() {
        return summary.ratingDistribution();
    }

    /**
     * Returns the ranking's first {@code n} places; the same as {@code summary().top(n)}.
     *
     * @param n the number of places, not negative
     * @return the unmodifiable list of at most {@code n} places, not null
     * @throws IllegalArgumentException if n is negative
     * @see TeamSummary#top(int)
     */
    public List<RankedEmployee> top(int n) {
        return summary.top(n);
    }

    /**
     * Returns an employee's thresholds of one indicator: the template's with the employee's
     * individual values.
     *
     * @param row the row, from 0
     * @param indicatorId the indicator id, not null
     * @return the thresholds, not null
     * @throws KpiInputException if the role's scorecard has no such indicator or a value is not a number
     */
    public Thresholds thresholds(int row, String indicatorId) {
        ScorecardLine line = template(row).scorecard().line(indicatorId);
        KernelTemplate template = compiled.get(input.role(row));
        int k = template.scorecard().lines().indexOf(line);
        Thresholds individual = Kernel.thresholds(line, template.columns(k), row);
        return individual == null ? line.thresholds() : individual;
    }

    @Override
    public String toString() {
        return "TeamResult[" + size() + " employees, " + okCount() + " ok, " + errorCount() + " errors]";
    }
}
