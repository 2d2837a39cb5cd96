package org.kpiengine.credit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.money.Money;
import org.quicktheories.core.Gen;

/** Generators for the crediting properties: amounts in cents, weights with ties and zeros. */
final class CreditGenerators {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private CreditGenerators() {
    }

    /** Amounts from -1 000 000.00 to 1 000 000.00 EUR, small ones (a few cents) often. */
    static Gen<Money> amounts() {
        Gen<Long> small = longs().between(-5, 5);
        Gen<Long> large = longs().between(-100_000_000L, 100_000_000L);
        return small.mix(large, 50).map(cents -> Money.of("EUR", BigDecimal.valueOf(cents, 2).toPlainString()));
    }

    /** Positive amounts, from 0.01 to 1 000 000.00. */
    static Gen<Money> positiveAmounts() {
        return longs().between(1, 100_000_000L).mix(longs().between(1, 5), 40)
                .map(cents -> Money.of("EUR", BigDecimal.valueOf(cents, 2).toPlainString()));
    }

    /** One to seven weights with up to four decimals, zeros and equal values common; not all zero. */
    static Gen<List<BigDecimal>> weights() {
        Gen<BigDecimal> one = integers().between(0, 4).zip(integers().between(0, 1_000_000), integers().between(0, 3),
                (kind, n, scale) -> switch (kind) {
                    case 0 -> BigDecimal.ZERO;
                    case 1 -> BigDecimal.ONE;
                    default -> BigDecimal.valueOf(n, scale);
                });
        return lists().of(one).ofSizeBetween(1, 7).map(list -> {
            if (list.stream().allMatch(w -> w.signum() == 0)) {
                List<BigDecimal> fixed = new ArrayList<>(list);
                fixed.set(fixed.size() - 1, BigDecimal.ONE);
                return fixed;
            }
            return list;
        });
    }

    /** Percentages totalling exactly 100 for 1 to 6 receivers, in hundredths of a percent. */
    static Gen<List<BigDecimal>> percentages() {
        return lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 6).map(raw -> {
            long sum = raw.stream().mapToLong(Integer::longValue).sum();
            List<BigDecimal> result = new ArrayList<>();
            long given = 0;
            for (int i = 0; i < raw.size(); i++) {
                long part = i == raw.size() - 1 ? 10_000 - given : (sum == 0 ? 0 : raw.get(i) * 10_000 / sum);
                given += part;
                result.add(BigDecimal.valueOf(part, 2));
            }
            return result;
        });
    }

    static List<Receiver> receivers(List<BigDecimal> shares) {
        List<Receiver> result = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            result.add(new Receiver("e" + i, shares.get(i)));
        }
        return result;
    }
}
