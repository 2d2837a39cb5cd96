package org.kpiengine.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;

/**
 * The compensation years of many employees, as computed by
 * {@link CompensationYear#compute(List)}: one result per employee, in input order. An employee's
 * result is either its {@link YearFigures} or the {@link KpiInputException} its inputs raise;
 * nobody is dropped, and one employee's error leaves the others computed.
 *
 * <p>The figures equal those of {@link CompensationYear#compute(EmployeeYear)} for the same
 * employee ({@link YearResult#figures()}), which is the definition. The statements, with every
 * line and its detail, are built only when asked for, by {@link #result(int)}, through that
 * per-employee path (docs/reference/periods.md, Many employees at once).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class YearBatchResult {

    private final CompensationYear year;
    private final List<EmployeeYear> employees;
    private final @Nullable YearFigures[] figures;
    private final @Nullable KpiInputException[] errors;
    private final boolean[] columnar;

    YearBatchResult(CompensationYear year, List<EmployeeYear> employees, @Nullable YearFigures[] figures,
            @Nullable KpiInputException[] errors, boolean[] columnar) {
        this.year = year;
        this.employees = employees;
        this.figures = figures;
        this.errors = errors;
        this.columnar = columnar;
    }

    /** Whether an employee's parts were priced over columns rather than on the per-employee path. */
    boolean columnar(int index) {
        return columnar[index];
    }

    /**
     * Returns the number of employees.
     *
     * @return the size, not negative
     */
    public int size() {
        return employees.size();
    }

    /**
     * Returns an employee's inputs.
     *
     * @param index the employee's position in the input list, from 0
     * @return the inputs, not null
     */
    public EmployeeYear employee(int index) {
        return employees.get(index);
    }

    /**
     * Returns whether an employee's year was computed.
     *
     * @param index the employee's position, from 0
     * @return true if the employee has figures, false if an error
     */
    public boolean isOk(int index) {
        Objects.checkIndex(index, employees.size());
        return errors[index] == null;
    }

    /**
     * Returns an employee's error: the exception {@link CompensationYear#compute(EmployeeYear)}
     * throws for that employee.
     *
     * @param index the employee's position, from 0
     * @return the error, or null if the employee's year was computed
     */
    public @Nullable KpiInputException error(int index) {
        Objects.checkIndex(index, employees.size());
        return errors[index];
    }

    /**
     * Returns the positions of the employees in error, in order.
     *
     * @return the unmodifiable list, not null
     */
    public List<Integer> errorIndices() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < errors.length; i++) {
            if (errors[i] != null) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns an employee's figures: each computed period's paid, earned and balances, and the
     * year's terms.
     *
     * @param index the employee's position, from 0
     * @return the figures, not null
     * @throws IllegalStateException if the employee's result is an error
     */
    public YearFigures figures(int index) {
        Objects.checkIndex(index, employees.size());
        YearFigures found = figures[index];
        if (found == null) {
            throw new IllegalStateException("employee '" + employees.get(index).employeeId() + "' has an error result: "
                    + Objects.requireNonNull(errors[index]).getMessage(), errors[index]);
        }
        return found;
    }

    /**
     * Returns an employee's year with its statements, computed now through
     * {@link CompensationYear#compute(EmployeeYear)}; its {@link YearResult#figures()} equal
     * {@link #figures(int)}.
     *
     * @param index the employee's position, from 0
     * @return the year with statements, not null
     * @throws KpiInputException the employee's error, if its result is one
     */
    public YearResult result(int index) {
        Objects.checkIndex(index, employees.size());
        KpiInputException error = errors[index];
        if (error != null) {
            throw error;
        }
        return year.compute(employees.get(index));
    }

    @Override
    public String toString() {
        return "YearBatchResult[" + employees.size() + " employees, " + errorIndices().size() + " in error]";
    }
}
