package org.kpiengine.benchmarks;

/**
 * The speed floor: the workload in primitive {@code double}s over arrays, no rounding, no
 * objects, output into arrays allocated once by the caller. Not exact (binary floating point),
 * so not a product option.
 */
final class PrimitiveDoubles {

    private static final double[] WEIGHTS = {0.4, 0.3, 0.1, 0.1, 0.1};
    /** The rows of a block. */
    private static final int BLOCK = 256;

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

    /**
     * Computes rows [from, to) into the rating and total arrays, in blocks of {@value #BLOCK} rows:
     * each indicator over the block into a running sum, then the pay. The same arithmetic row by
     * row (all five indicators of one row, then the next row) reads twenty-odd columns at once and
     * took about twice the time on our machine, so the floor is this form, as the batch's own is.
     */
    void compute(int from, int to, double[] rating, double[] total) {
        double[] sums = new double[BLOCK];
        for (int start = from; start < to; start += BLOCK) {
            int end = Math.min(to, start + BLOCK);
            int n = end - start;
            java.util.Arrays.fill(sums, 0, n, 0);
            for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                double[] fk = fact[k];
                double[] pk = plan[k];
                double[] bk = base[k];
                double[] tk = target[k];
                double w = WEIGHTS[k];
                boolean lower = k == TeamWorkload.LOWER;
                for (int j = 0; j < n; j++) {
                    int i = start + j;
                    double f = fk[i];
                    double p = pk[i];
                    boolean below = lower ? f >= p : f <= p;
                    double index;
                    if (below) {
                        double b = bk[i];
                        index = Math.max(0, (f - b) * 100 / (p - b));
                    } else {
                        index = Math.min(150, 100 + (f - p) * 50 / (tk[i] - p));
                    }
                    sums[j] += w * index;
                }
            }
            int g = TeamWorkload.GATED;
            for (int j = 0; j < n; j++) {
                int i = start + j;
                double sum = sums[j];
                double percent = sum < 80 ? 0 : sum < 100 ? 20 : sum < 120 ? 50 : 80;
                double bonus = salary[i] * percent / 100;
                if (fact[g][i] / plan[g][i] < 0.9) {
                    bonus *= 0.5;
                }
                rating[i] = sum;
                total[i] = salary[i] + bonus;
            }
        }
    }

}
