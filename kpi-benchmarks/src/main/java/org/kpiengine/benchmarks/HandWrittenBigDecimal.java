package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a careful integrator writes without the library: one object per employee holding
 * {@code BigDecimal}s, and plain {@code BigDecimal} arithmetic with the same rounding rules
 * (indices and rating HALF_UP to 4 places, each amount HALF_UP to the cent).
 */
final class HandWrittenBigDecimal {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal MAX = BigDecimal.valueOf(150).setScale(4);
    private static final BigDecimal[] WEIGHTS = {
        new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.1"), new BigDecimal("0.1"), new BigDecimal("0.1")};
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    private static final BigDecimal HUNDRED_TWENTY = BigDecimal.valueOf(120);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private HandWrittenBigDecimal() {
    }

    /** One employee, as an integrator would hold it. */
    static final class Employee {
        final BigDecimal[] base = new BigDecimal[TeamWorkload.INDICATORS];
        final BigDecimal[] plan = new BigDecimal[TeamWorkload.INDICATORS];
        final BigDecimal[] target = new BigDecimal[TeamWorkload.INDICATORS];
        final BigDecimal[] fact = new BigDecimal[TeamWorkload.INDICATORS];
        BigDecimal salary = BigDecimal.ZERO;
    }

    /** One employee's result. */
    static final class Result {
        final BigDecimal rating;
        final BigDecimal bonus;
        final BigDecimal gate;
        final BigDecimal total;

        Result(BigDecimal rating, BigDecimal bonus, BigDecimal gate, BigDecimal total) {
            this.rating = rating;
            this.bonus = bonus;
            this.gate = gate;
            this.total = total;
        }
    }

    static Employee[] employees(TeamWorkload workload) {
        Employee[] out = new Employee[workload.size];
        for (int i = 0; i < out.length; i++) {
            Employee e = new Employee();
            for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                e.plan[k] = BigDecimal.valueOf(workload.plans[k][i]);
                e.base[k] = BigDecimal.valueOf(workload.bases[k][i], 1);
                e.target[k] = BigDecimal.valueOf(workload.targets[k][i], 1);
                e.fact[k] = BigDecimal.valueOf(workload.facts[k][i], 2);
            }
            e.salary = BigDecimal.valueOf(workload.salaries[i], 2);
            out[i] = e;
        }
        return out;
    }

    static Result[] compute(Employee[] employees) {
        Result[] out = new Result[employees.length];
        for (int i = 0; i < employees.length; i++) {
            out[i] = compute(employees[i]);
        }
        return out;
    }

    static Result compute(Employee e) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
            sum = sum.add(WEIGHTS[k].multiply(index(e.base[k], e.plan[k], e.target[k], e.fact[k], k == TeamWorkload.LOWER)));
        }
        BigDecimal rating = sum.setScale(4, RoundingMode.HALF_UP);
        BigDecimal percent;
        if (rating.compareTo(EIGHTY) < 0) {
            percent = BigDecimal.ZERO;
        } else if (rating.compareTo(HUNDRED) < 0) {
            percent = BigDecimal.valueOf(20);
        } else if (rating.compareTo(HUNDRED_TWENTY) < 0) {
            percent = FIFTY;
        } else {
            percent = EIGHTY;
        }
        BigDecimal bonus = e.salary.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        int g = TeamWorkload.GATED;
        BigDecimal attainment = e.fact[g].multiply(HUNDRED).divide(e.plan[g], 4, RoundingMode.HALF_UP);
        BigDecimal gate = attainment.compareTo(NINETY) >= 0 ? BigDecimal.ZERO.setScale(2)
                : bonus.multiply(HALF).setScale(2, RoundingMode.HALF_UP).subtract(bonus);
        return new Result(rating, bonus, gate, e.salary.add(bonus).add(gate));
    }

    private static BigDecimal index(BigDecimal base, BigDecimal plan, BigDecimal target, BigDecimal fact, boolean lower) {
        int vsPlan = fact.compareTo(plan) * (lower ? -1 : 1);
        if (vsPlan <= 0) {
            BigDecimal index = fact.subtract(base).multiply(HUNDRED).divide(plan.subtract(base), 4, RoundingMode.HALF_UP);
            return index.signum() < 0 ? BigDecimal.ZERO.setScale(4) : index;
        }
        BigDecimal index = fact.subtract(plan).multiply(FIFTY).divide(target.subtract(plan), 4, RoundingMode.HALF_UP).add(HUNDRED);
        return index.compareTo(MAX) > 0 ? MAX : index;
    }
}
