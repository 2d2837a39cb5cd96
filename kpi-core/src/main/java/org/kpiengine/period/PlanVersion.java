package org.kpiengine.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Scheme;
import org.kpiengine.scorecard.Scorecard;

/**
 * One version of a role's plan: the scorecard, the pay plan, the salary and the period rules
 * (cumulative schemes, draw, cap with carry-forward), valid from its effective date until the next
 * version of the same role (docs/reference/periods.md, Plan versions). Amounts and thresholds are
 * per full period; a period part with fewer participating days is prorated.
 *
 * <pre>{@code
 * PlanVersion seller = PlanVersion.of("seller", LocalDate.of(2026, 1, 1), scorecard, payPlan, Money.of("EUR", "3000"))
 *         .withDraw(Draw.recoverable(Money.of("EUR", "1000")))
 *         .withCarryForwardCap(Money.of("EUR", "5000"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param role the role this version belongs to; letters, digits, {@code _}, {@code -} and {@code .}; not null
 * @param effectiveFrom the first day this version applies, not null
 * @param scorecard the scorecard, thresholds per full period, not null
 * @param payPlan the pay plan of each period (schemes and modifiers), null for salary only
 * @param salary the fixed salary per full period, not negative, not null
 * @param cumulative the schemes paid on attainment to date, not null
 * @param draw the draw, null for none
 * @param carryForwardCap the cap on the variable pay of a full period whose excess is paid later, null for none
 * @since 0.1.0
 */
public record PlanVersion(String role, LocalDate effectiveFrom, Scorecard scorecard, @Nullable PayPlan payPlan,
        Money salary, List<CumulativeScheme> cumulative, @Nullable Draw draw, @Nullable Money carryForwardCap) {

    private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /**
     * Obtains a plan version, validating it.
     *
     * @param role the role, not null
     * @param effectiveFrom the first day this version applies, not null
     * @param scorecard the scorecard, not null
     * @param payPlan the pay plan, null for salary only
     * @param salary the salary per full period, not negative, not null
     * @param cumulative the cumulative schemes, not null
     * @param draw the draw, null for none
     * @param carryForwardCap the cap with carry-forward, null for none
     * @throws KpiInputException if the role is malformed, the salary or cap is negative, an amount
     *     is in another currency than the salary, or two steps share a name
     */
    public PlanVersion {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(salary, "salary");
        cumulative = List.copyOf(Objects.requireNonNull(cumulative, "cumulative"));
        if (!ROLE.matcher(role).matches()) {
            throw new KpiInputException(Reason.INVALID_ID, null, "role", role, "role '" + role + "' must be letters, digits, '_', '-' or '.'");
        }
        if (salary.isNegative()) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "salary", salary.toString(),
                    "salary " + salary + " of role '" + role + "' must not be negative");
        }
        if (draw != null && !draw.amount().currency().equals(salary.currency())) {
            throw new KpiInputException(Reason.CURRENCY_MISMATCH, null, "draw", draw.amount().toString(),
                    "draw " + draw.amount() + " of role '" + role + "' must be in the salary's currency " + salary.currency().getCurrencyCode());
        }
        if (carryForwardCap != null && (carryForwardCap.isNegative() || !carryForwardCap.currency().equals(salary.currency()))) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "carryForwardCap", carryForwardCap.toString(),
                    "carry-forward cap " + carryForwardCap + " of role '" + role + "' must not be negative and must be in "
                            + salary.currency().getCurrencyCode());
        }
        Set<String> names = new HashSet<>();
        names.add("salary");
        if (payPlan != null) {
            for (Scheme scheme : payPlan.schemes()) {
                names.add(scheme.name());
            }
            for (Modifier modifier : payPlan.modifiers()) {
                names.add(modifier.name());
            }
        }
        for (CumulativeScheme scheme : cumulative) {
            if (!names.add(Objects.requireNonNull(scheme, "cumulative scheme").name())) {
                throw new KpiInputException(Reason.INVALID_SCHEME, null, "cumulative", scheme.name(),
                        "the name '" + scheme.name() + "' is used twice in the plan of role '" + role + "'; each step needs its own");
            }
        }
    }

    /**
     * Obtains a plan version without cumulative schemes, draw or carry-forward cap.
     *
     * @param role the role, not null
     * @param effectiveFrom the first day this version applies, not null
     * @param scorecard the scorecard, not null
     * @param payPlan the pay plan, null for salary only
     * @param salary the salary per full period, not negative, not null
     * @return the version, not null
     * @throws KpiInputException if the role is malformed or the salary negative
     */
    public static PlanVersion of(String role, LocalDate effectiveFrom, Scorecard scorecard, @Nullable PayPlan payPlan, Money salary) {
        return new PlanVersion(role, effectiveFrom, scorecard, payPlan, salary, List.of(), null, null);
    }

    /**
     * Returns a copy of this version with one more cumulative scheme; this instance is immutable
     * and unaffected.
     *
     * @param scheme the cumulative scheme, not null
     * @return the new version, not null
     * @throws KpiInputException if its name is already used
     */
    public PlanVersion withCumulative(CumulativeScheme scheme) {
        List<CumulativeScheme> more = new ArrayList<>(cumulative);
        more.add(Objects.requireNonNull(scheme, "scheme"));
        return new PlanVersion(role, effectiveFrom, scorecard, payPlan, salary, more, draw, carryForwardCap);
    }

    /**
     * Returns a copy of this version with a draw; this instance is immutable and unaffected.
     *
     * @param newDraw the draw, null to remove it
     * @return the new version, not null
     * @throws KpiInputException if the draw is in another currency than the salary
     */
    public PlanVersion withDraw(@Nullable Draw newDraw) {
        return new PlanVersion(role, effectiveFrom, scorecard, payPlan, salary, cumulative, newDraw, carryForwardCap);
    }

    /**
     * Returns a copy of this version with a cap with carry-forward; this instance is unaffected.
     *
     * @param newCap the cap on the variable pay of a full period, null to remove it
     * @return the new version, not null
     * @throws KpiInputException if the cap is negative or in another currency than the salary
     */
    public PlanVersion withCarryForwardCap(@Nullable Money newCap) {
        return new PlanVersion(role, effectiveFrom, scorecard, payPlan, salary, cumulative, draw, newCap);
    }

    @Override
    public String toString() {
        return "PlanVersion[" + role + " from " + effectiveFrom + "]";
    }
}
