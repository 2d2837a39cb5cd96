package org.kpiengine.spark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamInput;

/** Turns staged employees (rows of decimals) into the columns of a {@link TeamInput}. */
final class Columns {

    private static final String[] KINDS = {"facts", "bases", "plans", "targets"};

    private Columns() {
    }

    /**
     * The input of staged employees {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param chunk the staged employees
     * @param from the first
     * @param to after the last
     * @return the batch input
     */
    static TeamInput input(PartitionEvaluator.RoleChunk chunk, int from, int to) {
        int n = to - from;
        List<BigDecimal[]> values = chunk.values();
        TeamInput.Builder input = TeamInput.builder(n)
                .employeeIds(chunk.ids().subList(from, to).toArray(new String[0]));
        int lines = chunk.indicators().size();
        for (Map.Entry<String, Integer> line : chunk.indicators().entrySet()) {
            for (int k = 0; k < 4; k++) {
                BigDecimal[] column = column(values, from, to, 4 * line.getValue() + k);
                // facts always (an absent fact is the employee's error); thresholds only where one is given
                if (k == 0) {
                    input.facts(line.getKey(), DecimalColumn.of(column));
                } else if (anyValue(column)) {
                    switch (KINDS[k]) {
                        case "bases" -> input.bases(line.getKey(), DecimalColumn.of(column));
                        case "plans" -> input.plans(line.getKey(), DecimalColumn.of(column));
                        default -> input.targets(line.getKey(), DecimalColumn.of(column));
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> name : chunk.inputs().entrySet()) {
            input.quantities(name.getKey(), DecimalColumn.of(column(values, from, to, 4 * lines + name.getValue())));
        }
        if (chunk.paid()) {
            input.salaries(chunk.currency(),
                    DecimalColumn.of(column(values, from, to, 4 * lines + chunk.inputs().size())));
        }
        return input.build();
    }

    private static BigDecimal[] column(List<BigDecimal[]> values, int from, int to, int slot) {
        BigDecimal[] column = new BigDecimal[to - from];
        for (int i = from; i < to; i++) {
            column[i - from] = values.get(i)[slot];
        }
        return column;
    }

    private static boolean anyValue(BigDecimal[] column) {
        for (BigDecimal value : column) {
            if (value != null) {
                return true;
            }
        }
        return false;
    }
}
