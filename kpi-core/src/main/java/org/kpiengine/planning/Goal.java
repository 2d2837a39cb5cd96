package org.kpiengine.planning;

import java.util.Objects;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;

/**
 * What an inverse query ({@link Planner#inverse}) looks for: a rating of at least a level, a
 * payout of at least an amount, a condition (such as a gate's) holding, or the next band of a
 * tier table.
 *
 * <pre>{@code
 * Goal.rating("100");
 * Goal.payoutAtLeast(Money.of("EUR", "3500"));
 * Goal.gate("quality gate");
 * Goal.condition(Condition.atLeast(Measure.attainment("deals"), "90"));
 * Goal.nextBand("rating tiers");
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Goal permits RatingGoal, PayoutGoal, ConditionGoal, GateGoal, NextBandGoal {

    /**
     * Describes the goal for a person, such as {@code "rating ≥ 120"}.
     *
     * @return the description, not null
     */
    String describe();

    /**
     * Obtains the goal "a rating of at least {@code level}".
     *
     * @param level the rating in percent, such as {@code "100"}, not null
     * @return the goal, not null
     * @throws org.kpiengine.KpiInputException if the level is not a number
     */
    static Goal rating(String level) {
        return new RatingGoal(Decimals.parse("level", Objects.requireNonNull(level, "level")));
    }

    /**
     * Obtains the goal "a total payout (salary and variable part) of at least {@code amount}".
     *
     * @param amount the amount, in the salary's currency, not null
     * @return the goal, not null
     */
    static Goal payoutAtLeast(Money amount) {
        return new PayoutGoal(amount, PayoutGoal.Part.TOTAL);
    }

    /**
     * Obtains the goal "a variable part (total payout minus salary) of at least {@code amount}".
     *
     * @param amount the amount, in the salary's currency, not null
     * @return the goal, not null
     */
    static Goal variableAtLeast(Money amount) {
        return new PayoutGoal(amount, PayoutGoal.Part.VARIABLE);
    }

    /**
     * Obtains the goal "the condition holds". Any {@link Condition} works, including condition
     * types added after this class was written: the search only asks the condition whether it is met.
     *
     * @param condition the condition, not null
     * @return the goal, not null
     */
    static Goal condition(Condition condition) {
        return new ConditionGoal(condition);
    }

    /**
     * Obtains the goal "the pay plan's gate named {@code gateName} passes".
     *
     * @param gateName the gate's name in the pay plan, not null
     * @return the goal, not null
     */
    static Goal gate(String gateName) {
        return new GateGoal(gateName);
    }

    /**
     * Obtains the goal "the measure of the tier table named {@code schemeName} reaches the lower
     * edge of the band above the one it is in now" (the first band, when it is below the table).
     *
     * @param schemeName the name of a {@link org.kpiengine.pay.TieredScheme} in the pay plan, not null
     * @return the goal, not null
     */
    static Goal nextBand(String schemeName) {
        return new NextBandGoal(schemeName);
    }
}
