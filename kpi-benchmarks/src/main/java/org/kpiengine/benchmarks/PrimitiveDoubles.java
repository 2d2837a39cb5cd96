package org.kpiengine.benchmarks;

/**
 * The speed floor: the workload in primitive {@code double}s over arrays, no rounding, no
 * objects. Not exact (binary floating point), so not a product option.
 */
final class PrimitiveDoubles {

    private static final double[] WEIGHTS = {0.4, 0.3, 0.1, 0.1, 0.1};

    final int size;
    final double[][] base = new double[TeamWorkload.INDICATORS][];
    final double[][] plan = new double[TeamWorkload.INDICATORS][];
    final double[][] target = new double[TeamWorkload.INDICATORS][];
    final double[][] fact = new double[TeamWorkload.INDICATORS][];
    final double[] salary;

    PrimitiveDoubles(TeamWorkload workload) {
        size = workload.size;
        for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
            base[k] = new double[size];
            plan[k] = new double[size];
            target[k] = new double[size];
            fact[k] = new double[size];
            for (int i = 0; i < size; i++) {
                base[k][i] = workload.bases[k][i] / 10.0;
                plan[k][i] = workload.plans[k][i];
                target[k][i] = workload.targets[k][i] / 10.0;
                fact[k][i] = workload.facts[k][i] / 100.0;
            }
        }
        salary = new double[size];
        for (int i = 0; i < size; i++) {
            salary[i] = workload.salaries[i] / 100.0;
        }
    }

    /** Computes rows [from, to) into the rating and total arrays. */
    void compute(int from, int to, double[] rating, double[] total) {
        for (int i = from; i < to; i++) {
            double sum = 0;
            for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                double f = fact[k][i];
                double p = plan[k][i];
                boolean below = k == TeamWorkload.LOWER ? f >= p : f <= p;
                double index;
                if (below) {
                    double b = base[k][i];
                    index = Math.max(0, (f - b) * 100 / (p - b));
                } else {
                    index = Math.min(150, 100 + (f - p) * 50 / (target[k][i] - p));
                }
                sum += WEIGHTS[k] * index;
            }
            double percent = sum < 80 ? 0 : sum < 100 ? 20 : sum < 120 ? 50 : 80;
            double bonus = salary[i] * percent / 100;
            int g = TeamWorkload.GATED;
            if (fact[g][i] / plan[g][i] < 0.9) {
                bonus *= 0.5;
            }
            rating[i] = sum;
            total[i] = salary[i] + bonus;
        }
    }
}
