package org.kpiengine.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * The compound condition that holds when at least one of its parts holds. Parts may be any conditions,
 * compounds included. Every part is checked, also once the answer is known, so that the
 * explanation shows each part with the value it saw and whether it held
 * ({@link ConditionCheck#parts()}), and a part that cannot be read is an error whatever the others
 * say. Spreadsheet: {@code = OR(part1; part2; …)}.
 *
 * <pre>{@code
 * Condition c = Condition.anyOf(
 *         Condition.atLeast(Measure.index("revenue"), "120"),
 *         Condition.atLeast(Measure.index("margin"), "120"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param parts the parts, at least one, not null
 * @since 0.1.0
 */
public record AnyOf(List<Condition> parts) implements Condition {

    /**
     * Obtains the condition, copying the parts.
     *
     * @param parts the parts, at least one, not null, no null elements
     * @throws NullPointerException if the list or a part is null
     * @throws KpiInputException (reason {@code INVALID_CONDITION}, field {@code "parts"}) if the list is empty
     */
    public AnyOf {
        Objects.requireNonNull(parts, "parts");
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == null) {
                throw new NullPointerException("part " + (i + 1) + " of the condition 'any of' is null");
            }
        }
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new KpiInputException(Reason.INVALID_CONDITION, null, "parts", "[]",
                    "the condition 'any of' needs at least one part; it was given none");
        }
    }

    @Override
    public ConditionCheck check(PayContext context) {
        List<ConditionCheck> checks = new ArrayList<>(parts.size());
        boolean held = false;
        StringJoiner text = new StringJoiner("; ", "any of (", ")");
        for (Condition condition : parts) {
            ConditionCheck part = condition.check(context);
            checks.add(part);
            held |= part.held();
        }
        return new ConditionCheck(this, null, held, checks);
    }

    /**
     * Returns the measures this condition reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return parts.stream().flatMap(part -> part.measures().stream()).toList();
    }
}
