package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.internal.Decimals;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * One role's template compiled against a batch's columns: its scorecard, the columns of each
 * line and, when the kernel supports every line, the compiled lines and the weights as unscaled
 * {@code long}s at one scale.
 */
final class KernelTemplate {

    final Scorecard scorecard;
    final @Nullable PayPlan payPlan;
    final @Nullable KernelPay pay;
    final LineColumns[] columns;
    final KernelLine @Nullable [] lines;
    final long[] weights;
    final int weightScale;

    private KernelTemplate(Scorecard scorecard, @Nullable PayPlan payPlan, @Nullable KernelPay pay,
            LineColumns[] columns, KernelLine @Nullable [] lines, long[] weights, int weightScale) {
        this.scorecard = scorecard;
        this.payPlan = payPlan;
        this.pay = pay;
        this.columns = columns;
        this.lines = lines;
        this.weights = weights;
        this.weightScale = weightScale;
    }

    /**
     * Compiles a template.
     *
     * @param scorecard the role's scorecard
     * @param payPlan the role's pay plan, null if none
     * @param columns the batch's columns of each line, in scorecard order
     * @param quantities the batch's named pay inputs
     * @param precision the rounding rule
     * @param currency the batch's currency, null if it has no salaries
     * @return the compiled template; rows of an unsupported one all take the object path
     */
    static KernelTemplate compile(Scorecard scorecard, @Nullable PayPlan payPlan, List<LineColumns> columns,
            Map<String, Column> quantities, Precision precision, @Nullable Currency currency) {
        LineColumns[] cols = columns.toArray(new LineColumns[0]);
        List<ScorecardLine> scorecardLines = scorecard.lines();
        KernelLine[] lines = new KernelLine[scorecardLines.size()];
        int weightScale = 0;
        for (ScorecardLine line : scorecardLines) {
            weightScale = Math.max(weightScale, Decimals.normalise(line.weight().value()).scale());
        }
        boolean supported = weightScale <= ScaledMath.MAX_POWER;
        long[] weights = new long[lines.length];
        for (int k = 0; k < lines.length && supported; k++) {
            ScorecardLine line = scorecardLines.get(k);
            lines[k] = cols[k].fact() == null ? null : KernelLine.compile(line, cols[k], precision);
            BigDecimal w = line.weight().value().setScale(weightScale);
            supported = lines[k] != null && w.unscaledValue().bitLength() < 63;
            weights[k] = supported ? w.unscaledValue().longValue() : 0;
        }
        KernelPay pay = payPlan == null ? null : KernelPay.compile(payPlan, scorecard, columns, quantities, precision, currency);
        supported &= payPlan == null || pay != null;
        return new KernelTemplate(scorecard, payPlan, pay, cols, supported ? lines : null, weights,
                supported ? weightScale : 0);
    }

    /**
     * Returns the scorecard.
     *
     * @return the scorecard
     */
    Scorecard scorecard() {
        return scorecard;
    }

    /**
     * Returns the role's pay plan.
     *
     * @return the pay plan, or null if the role has none
     */
    @Nullable PayPlan payPlan() {
        return payPlan;
    }

    /**
     * Returns the number of pay components after the salary.
     *
     * @return the number of schemes and modifiers, 0 without a pay plan
     */
    int paySteps() {
        return payPlan == null ? 0 : payPlan.schemes().size() + payPlan.modifiers().size();
    }

    /**
     * Returns the batch's columns of one line.
     *
     * @param line the line's position in the scorecard
     * @return the columns
     */
    LineColumns columns(int line) {
        return columns[line];
    }

    /**
     * Returns whether the kernel computes this template's rows (rather than the object path).
     *
     * @return true if every line is supported
     */
    boolean isCompiled() {
        return lines != null;
    }

    /** Returns the number of scratch arrays the pay plan's measures need, 0 without a compiled plan. */
    int payMeasures() {
        return pay == null ? 0 : pay.measures();
    }
}
