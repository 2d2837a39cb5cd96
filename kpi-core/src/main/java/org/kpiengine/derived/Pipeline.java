package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.Nulls;

/**
 * The pipeline at a date (docs/reference/derived.md, Pipeline): the open deals, their count and their value
 * (the exact sum of their amounts, not rounded).
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(List.of(new BigDecimal("120000"), new BigDecimal("80000")));
 * pipeline.count(); // 2
 * pipeline.value(); // 200000
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param openDealAmounts the expected amounts of the open deals, not null, none negative, copied
 * @since 0.1.0
 */
public record Pipeline(List<BigDecimal> openDealAmounts) {

    /**
     * Obtains a pipeline, validating it and copying the list.
     *
     * @param openDealAmounts the expected amounts of the open deals, not null, none negative, copied
     * @throws KpiInputException naming the deal if an amount is negative
     */
    public Pipeline {
        openDealAmounts = Nulls.copyOf(openDealAmounts, "openDealAmounts");
        for (int i = 0; i < openDealAmounts.size(); i++) {
            Samples.requireNonNegative("amount of open deal " + (i + 1), openDealAmounts.get(i));
        }
    }

    /**
     * Obtains a pipeline from the amounts of its open deals.
     *
     * @param openDealAmounts the amounts, not null, none negative
     * @return the pipeline, not null
     * @throws KpiInputException naming the deal if an amount is negative
     */
    public static Pipeline of(List<BigDecimal> openDealAmounts) {
        return new Pipeline(Objects.requireNonNull(openDealAmounts, "openDealAmounts"));
    }

    /**
     * Returns the number of open deals.
     *
     * @return the count, not negative
     */
    public int count() {
        return openDealAmounts.size();
    }

    /**
     * Returns the value of the pipeline, the exact sum of the open deals' amounts.
     *
     * @return the value, not null
     */
    public BigDecimal value() {
        return Samples.sum(openDealAmounts);
    }

    @Override
    public String toString() {
        return "pipeline of " + count() + " open deals worth " + Decimals.text(value());
    }
}
