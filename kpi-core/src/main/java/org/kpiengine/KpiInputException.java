package org.kpiengine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input breaks a rule of the domain: thresholds out of order, weights that do not
 * total 1, a missing fact, a value that is not a number, and so on. The message states the rule
 * and the values; the {@link #reason()}, {@link #indicatorId()}, {@link #field()} and
 * {@link #value()} carry the same facts as fields, so that an integrator can map them to a user
 * interface.
 *
 * <p><b>What the fields hold.</b> Each field means one thing: {@link #indicatorId()} only ever
 * holds an indicator id (never a field name or a sentence); {@link #field()} the name of the field
 * or parameter concerned, such as {@code fact}, {@code weight}, {@code plan}, {@code salary},
 * {@code amount}, {@code currency} or {@code size}, or the name of a pay step or pay input
 * ({@code bonus}, {@code idle-hours}) when the rule is about one; {@link #value()} the offending
 * value as text. A pay step asked for by a name the pay plan does not have is
 * {@link Reason#UNKNOWN_PAY_STEP}, with the name as the field.
 *
 * <p><b>Input limits.</b> Every number that enters the library, as text, {@code BigDecimal} or
 * {@code double}, is checked for size before any arithmetic and in time linear in its length: the
 * text of a number has at most 2 100 characters, an exact decimal's unscaled value at most 2 100
 * digits (read from its bit length), and the value is below 10^1000 in magnitude with at most
 * 1000 decimal places once trailing zeros are stripped. Anything larger is
 * {@link Reason#OUT_OF_RANGE}, refused in milliseconds even for a million digits. Messages and
 * {@link #value()} quote a long value by its first 20 characters and its length, such as
 * {@code 10000000000000000000… (1000001 characters)}.
 *
 * <p><b>Nulls.</b> A null argument is a {@link NullPointerException}, not this exception, whose
 * message names the parameter: with the element's position for a list ({@code templates [1] is
 * null}) and the indicator where there is one ({@code weight of indicator 'revenue' is null}).
 * The one exception is a fact: a null fact is a missing fact, {@link Reason#MISSING_FACT} naming
 * the indicator, exactly as an absent value in a team batch.
 *
 * <p><b>Integrator code.</b> A {@link org.kpiengine.curve.CustomCurve} or
 * {@link org.kpiengine.pay.CustomScheme} that throws anything but this exception is reported as
 * {@link Reason#CUSTOM_CODE_FAILED}, with the throwable as the {@linkplain #getCause() cause},
 * naming the indicator (for a curve, field {@code curve}) or the scheme (as the field); this
 * exception thrown by integrator code passes through unchanged. In a team batch either is that
 * employee's error result, and every other employee is still computed.
 *
 * <p>A broken internal invariant, such as a pay line whose amounts do not add up, is an
 * {@link IllegalStateException}, never this exception. The library never answers bad input with
 * a wrong number, NaN or a silently dropped row: it throws this exception (or, in a team batch,
 * records it as that employee's error result). See docs/guides/errors.md.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class KpiInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * The rule that was broken.
     *
     * @since 0.1.0
     */
    public enum Reason {
        /** An identifier is blank or malformed. */
        INVALID_ID,
        /** Thresholds are not in the order their direction requires. */
        THRESHOLDS_OUT_OF_ORDER,
        /** The plan equals the base, so no curve can scale between them. */
        PLAN_EQUALS_BASE,
        /** A ratio needs a positive plan. */
        PLAN_NOT_POSITIVE,
        /** A curve needs a threshold (base or target) that is absent. */
        MISSING_THRESHOLD,
        /** The weights do not total 1 (or the declared total). */
        WEIGHTS_TOTAL,
        /** A weight is negative. */
        NEGATIVE_WEIGHT,
        /** Two lines share one indicator id. */
        DUPLICATE_INDICATOR,
        /** A scorecard indicator has no fact. */
        MISSING_FACT,
        /** A fact or threshold names an indicator the scorecard does not have. */
        UNKNOWN_INDICATOR,
        /** A value is NaN, infinite or not a number at all. */
        NOT_A_NUMBER,
        /** A scorecard has no indicators. */
        EMPTY_SCORECARD,
        /** A band table has a gap, an overlap, a wrong order or a bad value. */
        INVALID_BANDS,
        /** A curve's own parameters are invalid. */
        INVALID_CURVE,
        /**
         * A fact that the curve cannot score (e.g. 0 on an uncapped inverted ratio), or an
         * unbounded-best attainment (a lower-is-better indicator at fact 0) used as an amount.
         */
        UNSCORABLE_FACT,
        /**
         * A value is outside the range its field allows: a negative count or duration, a
         * lower-is-better ratio's target of 0 or less, a custom curve's index beyond 10^1000.
         */
        OUT_OF_RANGE,
        /** Two money amounts of different currencies were combined. */
        CURRENCY_MISMATCH,
        /**
         * Two results that belong together do not: a payout explained beside an evaluation it was
         * not computed from (another employee's, say).
         *
         * @since 0.1.0
         */
        UNRELATED_RESULTS,
        /** A money amount has more decimal places than its currency's minor unit allows. */
        MONEY_SCALE,
        /** A bonus scheme's or modifier's own parameters are invalid. */
        INVALID_SCHEME,
        /** A pay plan needs a named input quantity (such as idle hours) that was not supplied. */
        MISSING_INPUT,
        /** A derived figure rests on fewer samples than its minimum (an average check from too few sales, say). */
        INSUFFICIENT_DATA,
        /** A derived figure would divide by zero (a conversion from 0 contacts, say). */
        DIVISION_BY_ZERO,
        /** A payout line (a pay step) was asked for by a name the pay plan does not have. */
        UNKNOWN_PAY_STEP,
        /** A condition's own parameters are invalid (an empty all-of, a between whose low is above its high…). */
        INVALID_CONDITION,
        /**
         * Credit shares do not total 100 percent, or share amounts do not total the transaction's amount.
         *
         * @since 0.1.0
         */
        SHARES_TOTAL,
        /**
         * A refund refers to a transaction that is not in the list.
         *
         * @since 0.1.0
         */
        UNKNOWN_TRANSACTION,
        /**
         * A transaction breaks a crediting rule: a duplicate id, refunds larger than their deal, a
         * payment after the deal was cancelled, payments above the amount.
         *
         * @since 0.1.0
         */
        INVALID_TRANSACTION,
        /**
         * A reporting hierarchy has a cycle, or an employee with two managers on one day.
         *
         * @since 0.1.0
         */
        INVALID_HIERARCHY,
        /**
         * An employee credited on a date has no assignment in the hierarchy on that date.
         *
         * @since 0.1.0
         */
        NO_ASSIGNMENT,
        /** An integrator's own curve or scheme failed; the cause is attached. */
        CUSTOM_CODE_FAILED,
        /** Any other rule; the message says which. */
        OTHER
    }

    /** The rule that was broken. */
    private final Reason reason;
    /** The indicator concerned, null if none. */
    private final @Nullable String indicatorId;
    /** The field or parameter concerned, null if none. */
    private final @Nullable String field;
    /** The offending value as text, null if none. */
    private final @Nullable String value;

    /**
     * Creates an exception about an indicator (or about the whole input), with no separate field.
     *
     * @param reason the rule broken, not null
     * @param indicatorId the indicator concerned, null if none
     * @param value the offending value as text, null if none
     * @param message the message, stating the rule and the values, not null
     */
    public KpiInputException(Reason reason, @Nullable String indicatorId, @Nullable String value, String message) {
        this(reason, indicatorId, null, value, message, null);
    }

    /**
     * Creates an exception naming the indicator and the field concerned.
     *
     * @param reason the rule broken, not null
     * @param indicatorId the indicator concerned, null if none
     * @param field the field or parameter concerned ("salary", "weight", "plan"), null if none
     * @param value the offending value as text, null if none
     * @param message the message, stating the rule and the values, not null
     */
    public KpiInputException(Reason reason, @Nullable String indicatorId, @Nullable String field,
            @Nullable String value, String message) {
        this(reason, indicatorId, field, value, message, null);
    }

    /**
     * Creates an exception naming the indicator and the field concerned, with its cause.
     *
     * @param reason the rule broken, not null
     * @param indicatorId the indicator concerned, null if none
     * @param field the field or parameter concerned, null if none
     * @param value the offending value as text, null if none
     * @param message the message, stating the rule and the values, not null
     * @param cause the underlying failure, null if none
     */
    public KpiInputException(Reason reason, @Nullable String indicatorId, @Nullable String field,
            @Nullable String value, String message, @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.indicatorId = indicatorId;
        this.field = field;
        this.value = value;
    }

    /**
     * Returns the rule that was broken.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the id of the indicator concerned; never a field name or a sentence.
     *
     * @return the id, or null when the rule is not about one indicator
     */
    public @Nullable String indicatorId() {
        return indicatorId;
    }

    /**
     * Returns the name of the field or parameter concerned, such as {@code salary}, {@code weight}
     * or {@code plan}.
     *
     * @return the field name, or null when the rule is not about one field
     */
    public @Nullable String field() {
        return field;
    }

    /**
     * Returns the offending value as text.
     *
     * @return the value, or null when there is no single value
     */
    public @Nullable String value() {
        return value;
    }
}
