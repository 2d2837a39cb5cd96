package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Warning;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * A deduction: a penalty per unit, such as an amount per idle hour the CRM recorded, applied after
 * the gates and the variable limits (see {@link Modifier}). The penalty is computed exactly and
 * rounded once, {@code = ROUND(units * amountPerUnit; 2)}; it never takes the pay below the
 * deduction's {@link Floor}:
 * <ul>
 *   <li>{@link Floor#SALARY} (the default): the pay never falls below the salary, so a deduction
 *       takes at most the variable part: {@code = MIN(penalty; MAX(0; total - salary))};</li>
 *   <li>{@link Floor#ZERO}: the pay never falls below 0: {@code = MIN(penalty; MAX(0; total))};</li>
 *   <li>{@link Floor#NONE}: the whole penalty is taken, even if the pay becomes negative; only this
 *       configuration can make a payout negative.</li>
 * </ul>
 * When the floor limits a penalty, the payout carries a warning saying so.
 *
 * <pre>{@code
 * // the default floor keeps the salary: at most the variable part is deducted
 * Deduction idle = Deduction.perUnit("idle hours", Measure.input("idle-hours"), Money.of("EUR", "25"));
 * // salary 20 000, 12 idle hours at 90, allowed to eat into the salary: 20 000 − 1 080 = 18 920
 * Deduction seed = Deduction.perUnit("idle hours", "idle-hours", Money.of("RUB", "90")).flooredAtZero();
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param units the number of units, such as an input {@code "idle-hours"}, not negative when read, not null
 * @param amountPerUnit the penalty per unit, not negative, not null
 * @param floor the pay the deduction never goes below, not null
 * @since 0.1.0
 */
public record Deduction(String name, Measure units, Money amountPerUnit, Floor floor) implements Modifier {

    /**
     * The pay a deduction never takes the pay below.
     *
     * @since 0.1.0
     */
    public enum Floor {
        /** The salary: a deduction takes at most the variable part (the default). */
        SALARY,
        /** Zero: a deduction may eat into the salary, but the pay never becomes negative. */
        ZERO,
        /** No floor: the pay may become negative. */
        NONE
    }

    /**
     * Obtains a deduction.
     *
     * @param name the name, not blank, not null
     * @param units the number of units, such as an input {@code "idle-hours"}, not negative when read, not null
     * @param amountPerUnit the penalty per unit, not negative, not null
     * @param floor the pay the deduction never goes below, not null
     * @throws KpiInputException if the name is blank or the amount per unit negative
     */
    public Deduction {
        StepName step = new StepName(name);
        Objects.requireNonNull(units, "units");
        step.nonNegative("amount per unit", amountPerUnit);
        Objects.requireNonNull(floor, "floor");
    }

    /**
     * Obtains a deduction with the default floor, the salary: it takes at most the variable part,
     * never the salary itself. For a deduction that may eat into the salary, use
     * {@link #flooredAtZero()}.
     *
     * @param name the name, not blank, not null
     * @param units the number of units, not null
     * @param amountPerUnit the penalty per unit, not negative, not null
     * @return the deduction, not null
     * @throws KpiInputException if the name is blank or the amount negative
     */
    public static Deduction perUnit(String name, Measure units, Money amountPerUnit) {
        return new Deduction(name, units, amountPerUnit, Floor.SALARY);
    }

    /**
     * Obtains a deduction per unit of a named pay input ({@code Measure.input(inputName)}), with the
     * default floor, the salary: it takes at most the variable part, never the salary itself. For a
     * deduction that may eat into the salary, use {@link #flooredAtZero()}.
     *
     * @param name the name, not blank, not null
     * @param inputName the name of the pay input that counts the units, such as {@code "idle-hours"}, not null
     * @param amountPerUnit the penalty per unit, not negative, not null
     * @return the deduction, not null
     * @throws KpiInputException if the name is blank or the amount negative
     */
    public static Deduction perUnit(String name, String inputName, Money amountPerUnit) {
        return new Deduction(name, Measure.input(inputName), amountPerUnit, Floor.SALARY);
    }

    /**
     * Returns a copy of this deduction with the floor zero: it may eat into the salary, but never
     * takes the pay below 0; this instance is immutable and unaffected. The same as
     * {@code withFloor(Floor.ZERO)}.
     *
     * @return the new deduction, not null
     */
    public Deduction flooredAtZero() {
        return withFloor(Floor.ZERO);
    }

    /**
     * Returns a copy of this deduction with another floor; this instance is immutable and unaffected.
     *
     * @param newFloor the floor, not null
     * @return the new deduction, not null
     */
    public Deduction withFloor(Floor newFloor) {
        return new Deduction(name, units, amountPerUnit, newFloor);
    }

    @Override
    public Stage stage() {
        return Stage.DEDUCTION;
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException also if the number of units is negative
     */
    @Override
    public Accrual apply(PayContext context, Money variable, Money total) {
        context.requireCurrency(name, amountPerUnit);
        BigDecimal count = units.value(context);
        if (count.signum() < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, name, Decimals.quoteText(count),
                    units.describe() + " " + Decimals.quoteText(count) + " of deduction '" + name + "' must not be negative");
        }
        Money penalty = context.round(amountPerUnit.amount().multiply(count));
        if (floor == Floor.NONE) {
            return new Accrual(penalty.negated(), new DeductionReckoning(units, count, amountPerUnit, penalty, null, floor));
        }
        Money room = floor == Floor.SALARY ? variable : total;
        if (room.isNegative()) {
            room = Money.zero(context.currency());
        }
        if (!penalty.isGreaterThan(room)) {
            return new Accrual(penalty.negated(), new DeductionReckoning(units, count, amountPerUnit, penalty, null, floor));
        }
        String floorText = floor == Floor.SALARY ? "the salary" : "zero";
        return new Accrual(room.negated(), List.of(new Warning(Warning.Code.DEDUCTION_LIMITED, null, "deduction '" + name + "' of "
                        + penalty + " was limited to " + room + " so the pay stays at or above " + floorText)), List.of(),
                new DeductionReckoning(units, count, amountPerUnit, penalty, room, floor));
    }

    /**
     * Returns the measures this modifier reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of(units);
    }

    /**
     * Returns the money amounts this modifier states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return List.of(amountPerUnit);
    }
}
