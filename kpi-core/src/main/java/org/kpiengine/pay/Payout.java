package org.kpiengine.pay;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Warning;
import org.kpiengine.internal.Nulls;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;

/**
 * The result of a pay plan for one period: every component (the salary, each scheme's payout,
 * each modifier's change) as a {@link PayLine}, the variable part, the total and the warnings.
 *
 * <p>Each component was rounded once to the currency's minor unit; the total is the exact sum
 * of the rounded components, so the parts always add up ({@code = SUM(components)}). The variable
 * part is {@code total − salary}: the schemes after gates, limits and deductions.
 *
 * <p>Validated on construction: the first line is the salary, each line's {@code before} is the
 * previous line's {@code after}, and the total is the last line's {@code after}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param salary the fixed salary, not null
 * @param lines the components in the order applied, the salary first, not null
 * @param variable the variable part, total − salary, not null
 * @param total the total pay, the sum of the lines' amounts, not null
 * @param warnings the advisory warnings of the evaluation, of the pay plan and of the pay steps, not null
 * @param evaluation the scorecard evaluation this payout was computed from, null when the plan was
 *     evaluated without a scorecard ({@link PayPlan#evaluate(PayInputs)}); an
 *     {@link org.kpiengine.explain.Explanation} checks it, so that the indices of one employee are
 *     never shown beside the pay of another
 * @since 0.1.0
 */
public record Payout(
        Money salary, List<PayLine> lines, Money variable, Money total, List<Warning> warnings,
        @Nullable Evaluation evaluation) {

    /**
     * Obtains a payout, copying the lists and checking that the parts add up.
     *
     * @param salary the fixed salary, not null
     * @param lines the components in the order applied, the salary first, not null
     * @param variable the variable part, total − salary, not null
     * @param total the total pay, the sum of the lines' amounts, not null
     * @param warnings the advisory warnings of the evaluation, of the pay plan and of the pay steps, not null
     * @param evaluation the scorecard evaluation this payout was computed from, null if none
     * @throws NullPointerException if an argument other than the evaluation is null
     * @throws IllegalStateException if the lines do not chain from the salary to the total, or the
     *     variable part is not total − salary
     */
    public Payout {
        Objects.requireNonNull(salary, "salary");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(total, "total");
        lines = Nulls.copyOf(lines, "lines");
        warnings = Nulls.copyOf(warnings, "warnings");
        if (lines.isEmpty() || lines.get(0).kind() != PayLine.Kind.SALARY || !lines.get(0).amount().equals(salary)
                || !lines.get(0).before().isZero()) {
            throw inconsistent("the first pay line must be the salary " + salary + ", starting from 0");
        }
        Money running = lines.get(0).before();
        for (int i = 0, n = lines.size(); i < n; i++) { // by position: no iterator per payout
            PayLine line = lines.get(i);
            if (!line.before().equals(running)) {
                throw inconsistent("pay line '" + line.name() + "' starts at " + line.before() + " but the previous ended at " + running);
            }
            running = line.after();
        }
        if (!running.equals(total)) {
            throw inconsistent("the total " + total + " must be the sum of the pay lines, " + running);
        }
        // salary + variable = total in one currency is total − salary = variable; else Money decides (and refuses a mix)
        MoneySums.Answer answer = MoneySums.isSum(salary, variable, total);
        if (answer == MoneySums.Answer.DOES_NOT_ADD_UP
                || answer == MoneySums.Answer.UNDECIDED && !total.minus(salary).equals(variable)) {
            throw inconsistent("the variable part " + variable + " must be total " + total + " − salary " + salary);
        }
    }

    private static IllegalStateException inconsistent(String message) {
        return new IllegalStateException(message);
    }

    /**
     * Returns the line of a scheme or modifier by name.
     *
     * @param name the name, not null
     * @return the line, not null
     * @throws KpiInputException ({@link Reason#UNKNOWN_PAY_STEP}, naming the step as {@code field()}) if no
     *     line has that name
     */
    public PayLine line(String name) {
        for (int i = 0, n = lines.size(); i < n; i++) {
            PayLine line = lines.get(i);
            if (line.name().equals(name)) {
                return line;
            }
        }
        throw new KpiInputException(Reason.UNKNOWN_PAY_STEP, null, name, name, "the payout has no line '" + name + "'");
    }

    @Override
    public String toString() {
        return "total " + total + " (salary " + salary + ", variable " + variable + ")";
    }
}
