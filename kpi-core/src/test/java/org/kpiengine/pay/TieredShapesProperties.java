package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hybrid tiers between their two limits, and interpolated tiers against an independent
 * computation, on generated tables, measures, payments and salaries, to the cent.
 */
class TieredShapesProperties {

    private static final Measure SALES = Measure.fact("revenue");
    private static final Measure TURNOVER = Measure.input("turnover");
    private static final java.util.Currency EUR = java.util.Currency.getInstance("EUR");

    /** A table from 0 or above, bounds at scale 2; rates at scale 2, rising or (with {@code rising} false) anything. */
    private static Gen<Bands> tables(boolean rising) {
        Gen<List<Long>> widths = lists().of(longs().between(1L, 20_000_000L)).ofSizeBetween(0, 4);
        Gen<List<Integer>> rates = lists().of(integers().between(0, 3_000)).ofSize(5);
        Gen<Long> starts = Generate.pick(List.of(0L, 0L, 1L)).mix(longs().between(0L, 5_000_000L), 30);
        return starts.zip(widths, rates, (start, w, r) -> {
            List<Bands.Boundary> rows = new ArrayList<>();
            BigDecimal edge = BigDecimal.valueOf(start, 2);
            BigDecimal rate = BigDecimal.valueOf(r.get(0), 2);
            for (int i = 0; i <= w.size(); i++) {
                rows.add(Bands.boundary(edge, rate));
                if (i < w.size()) {
                    edge = edge.add(BigDecimal.valueOf(w.get(i), 2));
                    BigDecimal step = BigDecimal.valueOf(r.get(i + 1), 2);
                    rate = rising ? rate.add(step) : step;
                }
            }
            return Bands.ofBoundaries(rows);
        });
    }

    /** How the tiers pay: 0 a percentage of the measured sales, 1 of salary, 2 of another turnover. */
    private record Payment(int kind, Money salary, BigDecimal turnover) {

        TieredScheme.Payment payment() {
            return kind == 1 ? TieredScheme.Payment.PERCENT_OF_SALARY : TieredScheme.Payment.PERCENT_OF_TURNOVER;
        }

        @Nullable Measure turnoverMeasure() {
            return kind == 0 ? SALES : kind == 1 ? null : TURNOVER;
        }

        PayInputs inputs() {
            return PayInputs.of(salary).with("turnover", turnover);
        }
    }

    private static Gen<Payment> payments() {
        return integers().between(0, 2).zip(longs().between(0L, 2_000_000_000L), longs().between(0L, 50_000_000_000L),
                (kind, cents, turnover) -> new Payment(kind, Money.of(EUR, BigDecimal.valueOf(cents, 2)),
                        BigDecimal.valueOf(turnover, 2)));
    }

    /** A value on a boundary, a cent either side of one, or anywhere up to 10^9. */
    private static Gen<BigDecimal> valuesNear(Bands table) {
        List<BigDecimal> edges = new ArrayList<>();
        for (Band band : table.bands()) {
            edges.add(band.lowerInclusive());
        }
        edges.add(BigDecimal.ZERO);
        Gen<BigDecimal> offsets = Generate.pick(List.of(BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("-0.01")));
        return Generate.pick(edges).zip(offsets, BigDecimal::add).map(v -> v.max(BigDecimal.ZERO))
                .mix(longs().between(0L, 100_000_000_000L).map(c -> BigDecimal.valueOf(c, 2)), 50);
    }

    private record Case(Bands table, Payment payment, BigDecimal value, int boundary, BigDecimal beyond) {

        TieredScheme scheme(TieredScheme.Kind kind, @Nullable BigDecimal pivot) {
            return new TieredScheme("t", SALES, table, kind, payment.payment(), payment.turnoverMeasure(), pivot);
        }

        Money pay(TieredScheme scheme) {
            Evaluation evaluation = PayFixtures.revenue(BigDecimal.ONE, value);
            return scheme.accrue(new PayContext(evaluation, payment.inputs(), Precision.DEFAULT)).amount();
        }

        BigDecimal lastBoundary() {
            return table.bands().get(table.bands().size() - 1).lowerInclusive();
        }
    }

    private static Gen<Case> cases(boolean rising) {
        return tables(rising).flatMap(table -> valuesNear(table).zip(payments(), integers().between(0, 4),
                Generate.pick(List.of(1L, 100L)).mix(longs().between(1L, 10_000_000_000L), 50),
                (value, payment, k, beyond) -> new Case(table, payment, value, k % table.bands().size(),
                        BigDecimal.valueOf(beyond, 2))));
    }

    @Test
    void aPivotAtTheFirstBoundaryPaysExactlyAsMarginal() {
        qt().withExamples(3000).forAll(cases(false)).checkAssert(c -> assertEquals(
                c.pay(c.scheme(TieredScheme.Kind.MARGINAL, null)),
                c.pay(c.scheme(TieredScheme.Kind.HYBRID, c.table().lowest())), c::toString));
    }

    @Test
    void aPivotAboveTheLastBoundaryPaysExactlyAsRetroactive() {
        qt().withExamples(3000).forAll(cases(false)).checkAssert(c -> assertEquals(
                c.pay(c.scheme(TieredScheme.Kind.RETROACTIVE, null)),
                c.pay(c.scheme(TieredScheme.Kind.HYBRID, c.lastBoundary().add(c.beyond()))), c::toString));
    }

    @Test
    void belowItsPivotAHybridIsRetroactiveAndWithRisingRatesItLiesBetweenItsLimits() {
        qt().withExamples(3000).forAll(cases(true)).checkAssert(c -> {
            BigDecimal pivot = c.table().bands().get(c.boundary()).lowerInclusive();
            Money hybrid = c.pay(c.scheme(TieredScheme.Kind.HYBRID, pivot));
            Money retroactive = c.pay(c.scheme(TieredScheme.Kind.RETROACTIVE, null));
            Money marginal = c.pay(c.scheme(TieredScheme.Kind.MARGINAL, null));
            if (c.value().compareTo(pivot) < 0) {
                assertEquals(retroactive, hybrid, c::toString);
            }
            assertTrue(!hybrid.isGreaterThan(retroactive), () -> "hybrid " + hybrid + " > retroactive " + retroactive + ": " + c);
            assertTrue(!marginal.isGreaterThan(hybrid), () -> "marginal " + marginal + " > hybrid " + hybrid + ": " + c);
        });
    }

    /** ROUND(rate; 4) from an independent 40-digit interpolation, then ROUND(base × rate / 100; 2). */
    @Test
    void interpolatedPaysTheRoundedInterpolatedRateOnTheWholeAmount() {
        qt().withExamples(3000).forAll(cases(false)).checkAssert(c -> {
            List<Band> bands = c.table().bands();
            BigDecimal rate = BigDecimal.ZERO;
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                if (c.value().compareTo(band.lowerInclusive()) < 0) {
                    break;
                }
                BigDecimal upper = band.upperExclusive();
                if (upper == null) {
                    rate = band.value();
                } else if (c.value().compareTo(upper) < 0) {
                    BigDecimal share = c.value().subtract(band.lowerInclusive())
                            .divide(upper.subtract(band.lowerInclusive()), 40, RoundingMode.HALF_EVEN);
                    rate = band.value().add(share.multiply(bands.get(i + 1).value().subtract(band.value())));
                }
            }
            rate = rate.setScale(4, RoundingMode.HALF_UP);
            BigDecimal base = switch (c.payment().kind()) {
                case 0 -> c.value();
                case 1 -> c.payment().salary().amount();
                default -> c.payment().turnover();
            };
            BigDecimal expected = base.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            assertEquals(Money.of(EUR, expected), c.pay(c.scheme(TieredScheme.Kind.INTERPOLATED, null)), c::toString);
        });
    }

    @Test
    void withRisingRatesInterpolatedLiesBetweenTheRetroactiveRatesOfItsTierAndTheNext() {
        qt().withExamples(2000).forAll(cases(true)).checkAssert(c -> {
            Money interpolated = c.pay(c.scheme(TieredScheme.Kind.INTERPOLATED, null));
            Money retroactive = c.pay(c.scheme(TieredScheme.Kind.RETROACTIVE, null));
            assertTrue(!retroactive.isGreaterThan(interpolated), () -> "retroactive " + retroactive + " > " + interpolated + ": " + c);
            Band band = c.table().find(c.value());
            if (band != null && band.upperExclusive() != null) {
                Case atNext = new Case(c.table(), c.payment(), band.upperExclusive(), c.boundary(), c.beyond());
                Money next = atNext.pay(atNext.scheme(TieredScheme.Kind.RETROACTIVE, null));
                if (c.payment().kind() != 0) {
                    // the same base: the next boundary's rate bounds it
                    assertTrue(!interpolated.isGreaterThan(next), () -> interpolated + " > next tier's " + next + ": " + c);
                }
            }
        });
    }
}
