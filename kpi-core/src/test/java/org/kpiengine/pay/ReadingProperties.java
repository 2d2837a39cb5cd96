package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.quicktheories.core.Gen;

/**
 * Invariants of {@link Reading}: a number compares and looks up as the number itself; unbounded
 * best is above every number; and for a lower-is-better indicator the best month (fact 0) is at
 * least as good as any other month for every gate and every rising tier table.
 */
class ReadingProperties {

    private static Gen<BigDecimal> decimals() {
        return longs().between(-10_000_000L, 10_000_000L).map(v -> BigDecimal.valueOf(v, 2));
    }

    /** Tables from 0 with rising edges and rising rates. */
    private static Gen<Bands> risingTables() {
        Gen<List<Long>> widths = lists().of(longs().between(1L, 30_000L)).ofSizeBetween(0, 4);
        Gen<List<Integer>> rateSteps = lists().of(integers().between(0, 50)).ofSize(5);
        return widths.zip(rateSteps, (w, r) -> {
            Bands.Builder builder = Bands.from(BigDecimal.ZERO);
            BigDecimal edge = BigDecimal.ZERO;
            BigDecimal rate = BigDecimal.valueOf(r.get(0));
            for (int i = 0; i < w.size(); i++) {
                edge = edge.add(BigDecimal.valueOf(w.get(i), 2));
                builder.upTo(edge, rate);
                rate = rate.add(BigDecimal.valueOf(r.get(i + 1)));
            }
            return builder.andAbove(rate);
        });
    }

    @Test
    void aNumberReadsAsItselfAndUnboundedBestIsAboveEveryNumber() {
        qt().forAll(decimals(), decimals(), risingTables()).checkAssert((x, level, table) -> {
            Reading number = Reading.of(x);
            assertEquals(x.compareTo(level) >= 0, number.isAtLeast(level));
            assertEquals(x.compareTo(level) <= 0, number.isAtMost(level));
            assertEquals(table.find(x), number.find(table));
            assertEquals(x, number.value());
            Reading best = Reading.unboundedBest("overdue", BigDecimal.ZERO);
            assertTrue(best.isAtLeast(level));
            assertFalse(best.isAtMost(level));
            // The top band: where every number at or above its lower bound falls.
            assertEquals(table.find(table.bands().get(table.bands().size() - 1).lowerInclusive().max(x)), best.find(table));
        });
    }

    @Test
    void theBestMonthIsAtLeastAsGoodAsAnyOtherForGatesAndRisingTiers() {
        Gen<Long> plans = longs().between(1L, 100_000L);
        Gen<Long> facts = longs().between(0L, 1_000_000L);
        Gen<Long> levels = longs().between(0L, 100_000_000L);
        qt().forAll(plans, facts, levels, risingTables()).checkAssert((plan, fact, level, table) -> {
            BigDecimal p = BigDecimal.valueOf(plan, 2);
            Scorecard overdue = Scorecard.builder()
                    .add(Indicator.lowerIsBetter("overdue", Unit.MONEY), "1", new Thresholds(p.add(p), p, null), LinearCurve.basePlan())
                    .build();
            PayInputs salary = PayInputs.of(Money.of("EUR", "1000"));
            PayContext best = new PayContext(overdue.evaluate(Facts.builder().put("overdue", 0).build()), salary, Precision.DEFAULT);
            PayContext other = new PayContext(overdue.evaluate(Facts.builder().put("overdue", BigDecimal.valueOf(fact, 2)).build()),
                    salary, Precision.DEFAULT);
            Condition gate = new AtLeast(Measure.attainment("overdue"), BigDecimal.valueOf(level, 2));
            assertTrue(gate.isMet(best));
            TieredScheme tiers = TieredScheme.retroactive("tiers", Measure.attainment("overdue"), table,
                    TieredScheme.Payment.PERCENT_OF_SALARY, null);
            Money atBest = tiers.accrue(best).amount();
            Money atOther = tiers.accrue(other).amount();
            assertFalse(atOther.isGreaterThan(atBest), () -> atOther + " at fact " + fact + " > " + atBest + " at fact 0");
        });
    }
}
