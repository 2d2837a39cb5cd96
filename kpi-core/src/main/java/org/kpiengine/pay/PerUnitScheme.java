package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.KpiIndex;

/**
 * An amount for every unit beyond the plan, such as a sum per deal over the norm:
 * {@code amountPerUnit × MAX(0; fact − plan)} when higher is better,
 * {@code amountPerUnit × MAX(0; plan − fact)} when lower is better. Computed exactly, rounded once.
 *
 * <p>Spreadsheet: {@code = ROUND(amountPerUnit * MAX(0; fact - plan); 2)}.
 *
 * <pre>{@code
 * PerUnitScheme extraDeals = PerUnitScheme.of("extra deals", "deals", Money.of("EUR", "150"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param indicatorId the indicator counted, not null
 * @param amountPerUnit the amount per unit beyond plan, not negative, not null
 * @since 0.1.0
 */
public record PerUnitScheme(String name, String indicatorId, Money amountPerUnit) implements Scheme {

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param indicatorId the indicator counted, not null
     * @param amountPerUnit the amount per unit beyond plan, not negative, not null
     * @throws KpiInputException if the name is blank or the amount negative
     */
    public PerUnitScheme {
        StepName step = new StepName(name);
        Objects.requireNonNull(indicatorId, "indicatorId");
        step.nonNegative("amount per unit", amountPerUnit);
    }

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param indicatorId the indicator counted, not null
     * @param amountPerUnit the amount per unit beyond plan, not negative, not null
     * @return the scheme, not null
     * @throws KpiInputException if the name is blank or the amount negative
     */
    public static PerUnitScheme of(String name, String indicatorId, Money amountPerUnit) {
        return new PerUnitScheme(name, indicatorId, amountPerUnit);
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException also if the scorecard has no such indicator
     */
    @Override
    public Accrual accrue(PayContext context) {
        context.requireCurrency(name, amountPerUnit);
        KpiIndex index = context.evaluationForFactOf(indicatorId).index(indicatorId);
        BigDecimal plan = index.thresholds().plan();
        BigDecimal excess = index.indicator().isHigherBetter()
                ? index.fact().subtract(plan)
                : plan.subtract(index.fact());
        if (excess.signum() < 0) {
            excess = BigDecimal.ZERO;
        }
        Money amount = context.round(amountPerUnit.amount().multiply(excess));
        return new Accrual(amount, new PerUnitReckoning(indicatorId, amountPerUnit, plan, index.fact(), excess));
    }

    /**
     * Returns the measures this scheme reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of(Measure.fact(indicatorId));
    }

    /**
     * Returns the money amounts this scheme states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return List.of(amountPerUnit);
    }
}
