package org.kpiengine.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpiengine.internal.Decimals;

/**
 * Why a credited fact is what it is: the employee's own credits (deals, payments, refunds with
 * their shares) and the credits of the reports rolled up into it.
 *
 * <p>The fact equals the sum of {@link #own()} and {@link #rolledUp()}; each rolled-up credit
 * names the seller it belongs to ({@link Credit#employeeId()}), who keeps it as their own.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param employeeId the employee whose fact this is
 * @param indicatorId the indicator
 * @param first the period's first day
 * @param last the period's last day, inclusive
 * @param rollUp the roll-up used
 * @param fact the fact: the sum of every credit listed
 * @param own the employee's own credits in the period, by date (ledger order on one day)
 * @param rolledUp the credits of reports added to the fact, by date (ledger order on one day)
 * @since 0.1.0
 */
public record CreditExplanation(String employeeId, String indicatorId, LocalDate first, LocalDate last, RollUp rollUp,
        BigDecimal fact, List<Credit> own, List<Credit> rolledUp) {

    /**
     * Copies the lists and checks that no component is null.
     *
     * @param employeeId the employee whose fact this is
     * @param indicatorId the indicator
     * @param first the period's first day
     * @param last the period's last day, inclusive
     * @param rollUp the roll-up used
     * @param fact the fact: the sum of every credit listed
     * @param own the employee's own credits in the period, by date (ledger order on one day)
     * @param rolledUp the credits of reports added to the fact, by date (ledger order on one day)
     */
    public CreditExplanation {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(rollUp, "rollUp");
        Objects.requireNonNull(fact, "fact");
        own = List.copyOf(own);
        rolledUp = List.copyOf(rolledUp);
    }

    /**
     * Returns the sum of the employee's own credits.
     *
     * @return the exact sum, not null
     */
    public BigDecimal ownTotal() {
        return sum(own);
    }

    /**
     * Returns the rolled-up credits summed by the seller they belong to, in order of first credit.
     *
     * @return the unmodifiable map of seller to sum, not null
     */
    public Map<String, BigDecimal> byReport() {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (Credit c : rolledUp) {
            result.merge(c.employeeId(), c.amount().amount(), BigDecimal::add);
        }
        return Collections.unmodifiableMap(result);
    }

    private static BigDecimal sum(List<Credit> credits) {
        BigDecimal total = BigDecimal.ZERO;
        for (Credit c : credits) {
            total = total.add(c.amount().amount());
        }
        return total;
    }

    /**
     * Returns the explanation as text: the fact, then the own credits one per line, then each
     * report's rolled-up sum and credits.
     *
     * @return the text, lines separated by {@code \n}, not null
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(indicatorId).append(" of '").append(employeeId).append("', ").append(first).append(" to ").append(last)
                .append(": ").append(Decimals.text(fact)).append('\n');
        text.append("  own credits: ").append(Decimals.text(ownTotal())).append('\n');
        for (Credit c : own) {
            text.append("    ").append(c.toText()).append('\n');
        }
        if (rollUp != RollUp.NONE) {
            text.append("  rolled up from reports (").append(rollUp == RollUp.DIRECT ? "direct reports" : "whole subtree")
                    .append("): ").append(Decimals.text(sum(rolledUp))).append('\n');
            byReport().forEach((report, total) -> {
                text.append("    ").append(report).append(": ").append(Decimals.text(total)).append('\n');
                for (Credit c : rolledUp) {
                    if (c.employeeId().equals(report)) {
                        text.append("      ").append(c.toText()).append('\n');
                    }
                }
            });
        }
        return text.toString();
    }
}
