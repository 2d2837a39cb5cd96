package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.quicktheories.core.Gen;

/**
 * Properties of the conditions on generated values: at most and between agree with at least, a
 * compound holds exactly when all (any) of its parts hold, and the check of a compound carries the
 * check of every part. Values are pay inputs at scale 2, often equal to the bounds.
 */
class ConditionProperties {

    private static final Measure X = Measure.input("x");

    private static Gen<BigDecimal> values() {
        return longs().between(-300L, 300L).map(unscaled -> BigDecimal.valueOf(unscaled, 2));
    }

    private static PayContext context(BigDecimal x) {
        return new PayContext(null, PayFixtures.salary("1000").with("x", x), Precision.DEFAULT);
    }

    @Test
    void atMostIsTheMirrorOfAtLeast() {
        qt().forAll(values(), values()).checkAssert((x, level) -> {
            PayContext context = context(x);
            boolean atMost = new AtMost(X, level).isMet(context);
            assertEquals(x.compareTo(level) <= 0, atMost);
            assertEquals(atMost, new AtLeast(Measure.input("minus"), level.negate()).isMet(
                    new PayContext(null, PayFixtures.salary("1000").with("minus", x.negate()), Precision.DEFAULT)));
            // at least and at most together hold only on the level itself
            assertEquals(x.compareTo(level) == 0, atMost && new AtLeast(X, level).isMet(context));
        });
    }

    @Test
    void betweenIsAtLeastLowAndAtMostHigh() {
        qt().forAll(values(), values(), values()).checkAssert((x, a, b) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            PayContext context = context(x);
            Condition between = new Between(X, low, high);
            boolean expected = new AtLeast(X, low).isMet(context) && new AtMost(X, high).isMet(context);
            assertEquals(expected, between.isMet(context));
            assertEquals(expected, Condition.allOf(new AtLeast(X, low), new AtMost(X, high)).isMet(context));
            assertEquals(0, x.compareTo(between.check(context).value()));
        });
    }

    /** A list of one to four simple conditions on x. */
    private static Gen<List<Condition>> parts() {
        Gen<Condition> one = integers().between(0, 3).zip(values(), values(), (kind, a, b) -> switch (kind) {
            case 0 -> new AtLeast(X, a);
            case 1 -> new AtMost(X, a);
            case 2 -> new Between(X, a.min(b), a.max(b));
            default -> Condition.always();
        });
        return integers().between(1, 4).zip(one, one, one, (n, c1, c2, c3) -> {
            List<Condition> out = new ArrayList<>(List.of(c1, c2, c3, Condition.atLeast(X, "0")));
            return List.copyOf(out.subList(0, n));
        });
    }

    @Test
    void aCompoundHoldsWhenAllOrAnyOfItsPartsHold() {
        qt().forAll(parts(), values()).checkAssert((parts, x) -> {
            PayContext context = context(x);
            List<Boolean> held = parts.stream().map(c -> c.isMet(context)).toList();
            ConditionCheck all = new AllOf(parts).check(context);
            ConditionCheck any = new AnyOf(parts).check(context);
            assertEquals(!held.contains(false), all.held());
            assertEquals(held.contains(true), any.held());
            assertEquals(held, all.parts().stream().map(ConditionCheck::held).toList());
            assertEquals(parts.stream().map(c -> c.check(context)).toList(), any.parts());
            // nesting: all of (all of parts) is all of parts; a single part is the part itself
            assertEquals(all.held(), Condition.allOf(new AllOf(parts)).isMet(context));
            assertEquals(parts.get(0).isMet(context), new AnyOf(parts.subList(0, 1)).isMet(context));
            assertEquals(parts.get(0).isMet(context), new AllOf(parts.subList(0, 1)).isMet(context));
        });
    }
}
