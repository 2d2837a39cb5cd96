package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Condition} was decided in one pay calculation: the condition, the value it saw,
 * whether it held and, for a compound condition ({@link AllOf}, {@link AnyOf}), the check of each
 * part, in the order the parts were given. A gate's or fixed scheme's pay line carries it
 * ({@link PayLine#conditions()}), so that an explanation shows every part as data, not only as
 * text.
 *
 * <p>The text ({@link #text()}, written from these values when asked) reads like the line of an explanation:
 * {@code "fact of 'receivables' 12 ≤ 15: yes"} for a simple condition,
 * {@code "all of (fact of 'receivables' 12 ≤ 15: yes; rating % 98.0000 ≥ 100: no): no"} for a
 * compound one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param condition the condition checked, not null
 * @param value the value the condition compared (the measure's value, or the fact of an over-plan
 *     condition); null for a compound condition, for {@link Always} and for the unbounded-best attainment of a
     *     lower-is-better indicator at fact 0 (whose text shows {@code ∞})
 * @param held whether the condition held
 * @param parts the checks of the parts of a compound condition, empty for a simple one, not null
 * @since 0.1.0
 */
public record ConditionCheck(Condition condition, @Nullable BigDecimal value, boolean held, List<ConditionCheck> parts) {

    /**
     * Obtains a check, copying the parts.
     *
     * @param condition the condition checked, not null
     * @param value the value compared, null for a compound condition, for {@link Always} and for the unbounded-best attainment of a
     *     lower-is-better indicator at fact 0 (whose text shows {@code ∞})
     * @param held whether the condition held
     * @param parts the checks of the parts, not null
     * @throws NullPointerException if the condition or the parts are null
     */
    public ConditionCheck {
        Objects.requireNonNull(condition, "condition");
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    /**
     * Returns the check as one line of English text, with the value seen and the answer, written from
     * this check's values each time it is asked for (see the class description for examples).
     *
     * @return the text, not null
     */
    public String text() {
        return LineText.of(this);
    }
}
