package org.kpiengine.pay;

import java.util.List;

/**
 * The condition that holds in every period: a {@link FixedScheme} with it is a guaranteed amount
 * (see {@link FixedScheme#always(String, org.kpiengine.money.Money)}); a {@link Gate} with it never
 * reduces anything. It reads nothing, so a plan whose conditions are all {@code Always} needs no
 * scorecard. Obtain it with {@link Condition#always()}. Spreadsheet: {@code = TRUE}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public record Always() implements Condition {

    static final Always INSTANCE = new Always();

    @Override
    public ConditionCheck check(PayContext context) {
        return new ConditionCheck(this, null, true, List.of());
    }

    /**
     * Returns the measures this condition reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of();
    }
}
