package org.kpiengine.batch;

/**
 * Writes one of the integrator's own rows (a CRM record, an entity, a line of a file) into the
 * cursor of a team input: the employee's id, role, facts, individual thresholds, salary and pay
 * inputs. Used by {@link TeamInput#fromRows(java.util.List, RowReader)}, which calls it once per
 * row, in order, with the same cursor each time.
 *
 * <pre>{@code
 * RowReader<CrmSeller> reader = (seller, row) -> row
 *         .employeeId(seller.login())
 *         .role(seller.isManager() ? 1 : 0)
 *         .fact("revenue", seller.revenueCents(), 2)
 *         .plan("revenue", seller.revenuePlan())
 *         .fact("calls", seller.calls())
 *         .salary(EUR, seller.salaryCents(), 2);
 * }</pre>
 *
 * @param <T> the type of the integrator's rows
 * @since 0.1.0
 */
@FunctionalInterface
public interface RowReader<T> {

    /**
     * Writes one row's values into the cursor. An exception thrown here ends
     * {@link TeamInput#fromRows(java.util.List, RowReader)} and reaches its caller unchanged.
     *
     * @param source the integrator's row, not null
     * @param row the cursor onto the employee's row, not null; valid only during this call
     */
    void read(T source, TeamInput.Row row);
}
