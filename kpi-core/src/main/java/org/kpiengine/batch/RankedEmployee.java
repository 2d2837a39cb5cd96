package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One place in a team's ranking (the leaderboard).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rank the place, from 1; employees with equal ratings take consecutive places in input order
 * @param row the employee's row in the input, from 0
 * @param employeeId the employee's id, not null
 * @param rating the employee's rating, not null
 * @since 0.1.0
 */
public record RankedEmployee(int rank, int row, String employeeId, BigDecimal rating) {

    /**
     * Obtains a place in a ranking.
     *
     * @param rank the place, from 1
     * @param row the employee's row in the input, from 0
     * @param employeeId the employee's id, not null
     * @param rating the employee's rating, not null
     * @throws NullPointerException if an argument is null
     */
    public RankedEmployee {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(rating, "rating");
    }
}
