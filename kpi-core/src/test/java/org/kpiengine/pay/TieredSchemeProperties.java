package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.Money;
import org.quicktheories.core.Gen;

class TieredSchemeProperties {

    private static final Measure SALES = Measure.fact("revenue");

    /** Tables starting at 0 whose edges and rates both rise: widths and rate steps are generated. */
    private static Gen<Bands> risingTables() {
        Gen<List<Long>> widths = lists().of(longs().between(1L, 20_000_000L)).ofSizeBetween(0, 4);
        Gen<List<Integer>> rateSteps = lists().of(integers().between(0, 500)).ofSize(5);
        return widths.zip(rateSteps, (w, r) -> {
            Bands.Builder builder = Bands.from(BigDecimal.ZERO);
            BigDecimal edge = BigDecimal.ZERO;
            BigDecimal rate = BigDecimal.valueOf(r.get(0), 2);
            for (int i = 0; i < w.size(); i++) {
                edge = edge.add(BigDecimal.valueOf(w.get(i), 2));
                builder.upTo(edge, rate);
                rate = rate.add(BigDecimal.valueOf(r.get(i + 1), 2));
            }
            return builder.andAbove(rate);
        });
    }

    private static Money pay(TieredScheme scheme, BigDecimal sales) {
        return SchemeAssertions.accrue(scheme, PayFixtures.revenue(BigDecimal.ONE, sales), salary("0")).amount();
    }

    @Test
    void marginalNeverPaysMoreThanRetroactiveWhenRatesRise() {
        Gen<BigDecimal> sales = longs().between(0L, 10_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
        Gen<Integer> edgeChoice = integers().between(-1, 4);
        qt().withExamples(500).forAll(risingTables(), sales, edgeChoice).checkAssert((table, random, choice) -> {
            BigDecimal value = choice < 0 || choice >= table.bands().size() - 1 ? random
                    : table.bands().get(choice).upperExclusive();
            for (BigDecimal s : List.of(value, value.subtract(new BigDecimal("0.01")).max(BigDecimal.ZERO))) {
                Money retroactive = pay(TieredScheme.retroactiveOnTurnover("t", SALES, table), s);
                Money marginal = pay(TieredScheme.marginalOnTurnover("t", SALES, table), s);
                assertTrue(!marginal.isGreaterThan(retroactive), () -> "marginal " + marginal + " > retroactive "
                        + retroactive + " for sales " + s + " on " + table);
                assertTrue(!marginal.isNegative());
            }
        });
    }

    @Test
    void retroactivePaysTheRateOfTheTierTheValueFallsInEvenOnItsLowerEdge() {
        qt().withExamples(300).forAll(risingTables()).checkAssert(table -> {
            for (Band band : table.bands()) {
                BigDecimal edge = band.lowerInclusive();
                Money onEdge = pay(TieredScheme.retroactiveOnTurnover("t", SALES, table), edge);
                assertEquals(edge.multiply(band.value()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP), onEdge.amount());
            }
        });
    }

    @Test
    void marginalGrowsWithTheMeasure() {
        Gen<BigDecimal> sales = longs().between(0L, 10_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
        qt().withExamples(300).forAll(risingTables(), sales, sales).checkAssert((table, a, b) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            TieredScheme scheme = TieredScheme.marginalOnTurnover("t", SALES, table);
            assertTrue(!pay(scheme, low).isGreaterThan(pay(scheme, high)));
        });
    }
}
