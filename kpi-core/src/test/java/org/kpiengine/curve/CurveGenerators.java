package org.kpiengine.curve;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.internal.Decimals;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the property tests: valid (indicator, thresholds, curve) cases for all five
 * curves in both directions, and facts that land exactly on, just inside and just outside the
 * thresholds often. Decimals are generated as longs at a fixed scale.
 */
public final class CurveGenerators {

    /** The scale of generated thresholds and most facts. */
    public static final int SCALE = 4;

    private CurveGenerators() {
    }

    /** One indicator with its thresholds and curve, valid together. */
    public record Case(Indicator indicator, Thresholds thresholds, ScoringCurve curve) {

        /** Scores a fact. */
        public BigDecimal index(BigDecimal fact, Precision precision) {
            return curve.index(indicator, thresholds, fact, precision);
        }

        /** Whether the curve rightly refuses this fact: an uncapped inverted ratio at a fact of 0 or less. */
        public boolean cannotScore(BigDecimal fact) {
            // an inverted ratio with neither a cap nor a positive target has no value at a fact of 0 or less
            return curve instanceof RatioCurve && curve.maxIndex(indicator, thresholds, Precision.DEFAULT) == null
                    && !indicator.isHigherBetter() && fact.signum() <= 0;
        }

        /** The same case under another indicator id. */
        public Case withId(String id) {
            return new Case(new Indicator(id, indicator.name(), indicator.unit(), indicator.direction(),
                    indicator.category(), indicator.timing()), thresholds, curve);
        }

        @Override
        public String toString() {
            return indicator.id() + " " + indicator.direction() + " {" + thresholds + "} " + curve;
        }
    }

    /** A case with two facts, {@code lower <= higher}. */
    public record FactPair(Case scored, BigDecimal lower, BigDecimal higher) {
    }

    /** A case with one fact. */
    public record Scored(Case scored, BigDecimal fact) {
    }

    /** Generates a decimal at {@link #SCALE} from its unscaled value. */
    public static BigDecimal decimal(long unscaled) {
        return BigDecimal.valueOf(unscaled, SCALE);
    }

    private static Gen<Long> gaps() {
        // A gap of one unit (0.0001) or exactly 1 comes up often; otherwise anything up to 10 000.
        return Generate.pick(List.of(1L, 10_000L, 5L)).mix(Generate.longRange(1, 100_000_000L), 70);
    }

    private static Gen<Long> plans() {
        return Generate.pick(List.of(10_000L, 1L, 5_000_000L)).mix(Generate.longRange(1, 1_000_000_000L), 70);
    }

    /** Generates thresholds in order for the direction; base and target present at random unless required. */
    public static Gen<Thresholds> thresholds(boolean higher, boolean needsBase, boolean needsTarget) {
        return plans().zip(gaps(), gaps(), Generate.booleans(), Generate.booleans(), (plan, below, above, withBase, withTarget) -> {
            BigDecimal p = decimal(plan);
            BigDecimal worse = higher ? p.subtract(decimal(below)) : p.add(decimal(below));
            BigDecimal better = higher ? p.add(decimal(above)) : p.subtract(decimal(above));
            return new Thresholds(needsBase || withBase ? worse : null, p, needsTarget || withTarget ? better : null);
        });
    }

    private static Gen<@Nullable BigDecimal> caps() {
        return Generate.pick(List.<@Nullable BigDecimal>of(new BigDecimal("100"), new BigDecimal("150"), new BigDecimal("200")))
                .mix(Generate.longRange(1, 5_000_000L).map(CurveGenerators::decimal), 50)
                .mix(Generate.constant((BigDecimal) null), 30);
    }

    /** A monotone step table: ascending values for higher-is-better or attainment, descending for a lower-is-better fact table. */
    private static Gen<StepCurve> steps(boolean higher) {
        return Generate.booleans().zip(lists().of(integers().between(1, 60)).ofSizeBetween(0, 5),
                lists().of(integers().between(0, 40)).ofSizeBetween(6, 6), (onFact, widths, rises) -> {
                    BigDecimal lower = onFact ? decimal(-50_000L) : BigDecimal.ZERO;
                    boolean ascending = higher || !onFact;
                    int n = widths.size() + 1;
                    List<BigDecimal> values = new ArrayList<>();
                    BigDecimal value = BigDecimal.ZERO;
                    for (int i = 0; i < n; i++) {
                        value = value.add(BigDecimal.valueOf(rises.get(i) * 5L));
                        values.add(value);
                    }
                    if (!ascending) {
                        java.util.Collections.reverse(values);
                    }
                    Bands.Builder builder = Bands.from(lower);
                    BigDecimal bound = lower;
                    for (int i = 0; i < widths.size(); i++) {
                        bound = bound.add(BigDecimal.valueOf(widths.get(i) * (onFact ? 1000L : 10L)));
                        builder.upTo(bound, values.get(i));
                    }
                    Bands bands = builder.andAbove(values.get(n - 1));
                    return onFact ? StepCurve.onFact(bands) : StepCurve.onAttainment(bands);
                });
    }

    /** An integrator's curve: the square root of attainment, direction-aware, capped at 200. */
    public static final class SquareRootCurve implements CustomCurve {
        private static final BigDecimal MAX = new BigDecimal("200");

        /** Creates the curve. */
        public SquareRootCurve() {
            // Stateless.
        }

        @Override
        public BigDecimal score(Indicator indicator, Thresholds thresholds, BigDecimal fact) {
            if (fact.signum() <= 0) {
                return indicator.isHigherBetter() ? BigDecimal.ZERO : MAX;
            }
            BigDecimal attainment = indicator.isHigherBetter()
                    ? fact.divide(thresholds.plan(), MathContext.DECIMAL64)
                    : thresholds.plan().divide(fact, MathContext.DECIMAL64);
            return attainment.sqrt(MathContext.DECIMAL64).multiply(Decimals.HUNDRED);
        }

        @Override
        public void validate(Indicator indicator, Thresholds thresholds) {
            Curves.requirePositivePlan(indicator, thresholds, "square-root");
        }

        @Override
        public BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
            return MAX;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof SquareRootCurve;
        }

        @Override
        public int hashCode() {
            return 1;
        }

        @Override
        public String toString() {
            return "SquareRootCurve";
        }
    }

    /** Generates a valid case of one of the five curves in one of the two directions. */
    public static Gen<Case> cases() {
        return Generate.booleans().flatMap(higher -> Generate.range(0, 4).flatMap(kind -> caseOf(higher, kind)));
    }

    private static Gen<Case> caseOf(boolean higher, int kind) {
        // Money: facts below zero are generated, and only money, percent and ratio facts may be negative.
        Indicator indicator = higher ? Indicator.higherIsBetter("up", Unit.MONEY) : Indicator.lowerIsBetter("down", Unit.MONEY);
        Gen<? extends ScoringCurve> curve;
        boolean needsBase = false;
        boolean needsTarget = false;
        switch (kind) {
            case 0:
                curve = caps().map(RatioCurve::new);
                break;
            case 1:
                curve = caps().map(cap -> new LinearCurve(cap));
                needsBase = !higher;
                break;
            case 2:
                curve = Generate.longRange(1_000_000L, 3_000_000L).map(max -> new TwoSlopeCurve(decimal(max)));
                needsBase = !higher;
                needsTarget = true;
                break;
            case 3:
                curve = steps(higher);
                break;
            default:
                curve = Generate.constant(new SquareRootCurve());
                break;
        }
        Gen<ScoringCurve> curves = curve.map(c -> (ScoringCurve) c);
        Gen<Thresholds> thresholds = thresholds(higher, needsBase, needsTarget);
        if (kind == 0 && !higher) {
            // A lower-is-better ratio needs a positive target (RatioCurve.validate): drop one at 0 or below.
            thresholds = thresholds.map(t -> t.target() != null && t.target().signum() <= 0 ? t.withTarget(null) : t);
        }
        return thresholds.zip(curves, (t, c) -> new Case(indicator, t, c));
    }

    /** Generates a fact near a threshold (on it, ±0.0001, ±0.00005, ±1) or anywhere. */
    public static Gen<BigDecimal> factsNear(Thresholds t) {
        BigDecimal base = t.base() == null ? BigDecimal.ZERO : t.base();
        BigDecimal target = t.target() == null ? t.plan().add(t.plan()) : t.target();
        Gen<BigDecimal> anchors = Generate.pick(List.of(base, t.plan(), target, BigDecimal.ZERO));
        Gen<BigDecimal> offsets = Generate.pick(List.of(BigDecimal.ZERO, new BigDecimal("0.0001"), new BigDecimal("-0.0001"),
                new BigDecimal("0.00005"), new BigDecimal("-0.00005"), BigDecimal.ONE, BigDecimal.ONE.negate()))
                .mix(Generate.longRange(-1_000_000_000L, 1_000_000_000L).map(CurveGenerators::decimal), 40);
        return anchors.zip(offsets, BigDecimal::add);
    }

    /** Generates a case and one fact. */
    public static Gen<Scored> scored() {
        return cases().flatMap(c -> factsNear(c.thresholds()).map(f -> new Scored(c, f)));
    }

    /** Generates a case and two ordered facts. */
    public static Gen<FactPair> factPairs() {
        return cases().flatMap(c -> factsNear(c.thresholds()).zip(factsNear(c.thresholds()),
                (a, b) -> a.compareTo(b) <= 0 ? new FactPair(c, a, b) : new FactPair(c, b, a)));
    }

    /** Generates a precision: mostly the default, sometimes another scale or rounding mode. */
    public static Gen<Precision> precisions() {
        return Generate.constant(Precision.DEFAULT).mix(Generate.range(0, 8).zip(
                Generate.pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP,
                        RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_DOWN)),
                (scale, mode) -> Precision.DEFAULT.withIndexScale(scale).withIndexRounding(mode)), 40);
    }
}
