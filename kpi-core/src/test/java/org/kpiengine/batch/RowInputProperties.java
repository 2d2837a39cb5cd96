package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.quicktheories.core.Gen;

/**
 * Row-wise input gives the same columns, and the same team result, as the columnar builder:
 * whatever form each value comes in (unscaled with a scale, whole number, exact decimal at any
 * scale, double) and whatever order a row writes its values in.
 */
class RowInputProperties {

    private static final int EMPLOYEES_PER_TEAM = 250;

    /** 32 teams × 250 employees, written row by row, against the columnar input of the same team. */
    @Test
    void rowsGiveTheSameResultAsColumns() {
        qt().withExamples(32).withShrinkCycles(10)
                .forAll(TeamCase.teams(EMPLOYEES_PER_TEAM), longs().all())
                .checkAssert(RowInputProperties::sameResult);
    }

    @Test
    void completeRowsGiveTheSameResultAsColumns() {
        qt().withExamples(16).withShrinkCycles(10)
                .forAll(TeamCase.completeTeams(EMPLOYEES_PER_TEAM), longs().all())
                .checkAssert(RowInputProperties::sameResult);
    }

    /**
     * Every value read back from a column equals the value written, whatever its scale and size:
     * values that raise a column's scale, values that no longer fit once it is raised, values of
     * more than 18 digits or places, NaN.
     */
    @Test
    void everyValueReadsBackAsWritten() {
        qt().withExamples(400).forAll(lists().of(values()).ofSizeBetween(0, 40), longs().all())
                .checkAssert((values, seed) -> {
                    Random random = new Random(seed);
                    TeamInput.RowBuilder rows = TeamInput.rowBuilder();
                    for (BigDecimal value : values) {
                        writeAny(rows.next(), "x", value, random);
                    }
                    TeamInput input = rows.build();
                    assertEquals(values.size(), input.size());
                    DecimalColumn column = input.facts().get("x");
                    for (int row = 0; row < values.size(); row++) {
                        BigDecimal expected = values.get(row);
                        // a column no row wrote (every value absent, none written as null) does not exist
                        BigDecimal actual = column == null ? null : column.get(row);
                        if (expected == null) {
                            assertNull(actual);
                        } else {
                            assertEquals(0, expected.compareTo(actual), expected + " read back as " + actual);
                        }
                    }
                });
    }

    @Test
    void aNaNReadsBackAsItsError() {
        qt().withExamples(50).forAll(lists().of(values()).ofSizeBetween(1, 20), integers().between(0, 19))
                .checkAssert((values, nanRow) -> {
                    TeamInput.RowBuilder rows = TeamInput.rowBuilder();
                    int nan = nanRow % values.size();
                    for (int row = 0; row < values.size(); row++) {
                        if (row == nan) {
                            rows.next().fact("x", Double.NaN);
                        } else {
                            rows.next().fact("x", values.get(row));
                        }
                    }
                    DecimalColumn column = rows.build().facts().get("x");
                    KpiInputException e = assertThrows(KpiInputException.class, () -> column.get(nan));
                    assertEquals(Reason.NOT_A_NUMBER, e.reason());
                });
    }

    /** Decimals of every size: small at scale 2, whole, up to 18 places, beyond a long, and absent. */
    private static Gen<BigDecimal> values() {
        Gen<BigDecimal> cents = longs().between(-10_000_000, 10_000_000).map(u -> BigDecimal.valueOf(u, 2));
        Gen<BigDecimal> fine = longs().all().zip(integers().between(0, 18), BigDecimal::valueOf);
        Gen<BigDecimal> wide = longs().all().zip(longs().all(),
                (a, b) -> new BigDecimal(BigDecimal.valueOf(a).toBigInteger().shiftLeft(64).add(
                        BigDecimal.valueOf(b).toBigInteger())).scaleByPowerOfTen(-(int) Math.floorMod(a, 25L)));
        Gen<BigDecimal> extreme = integers().between(0, 4).map(k -> switch (k) {
            case 0 -> BigDecimal.valueOf(Long.MIN_VALUE);
            case 1 -> BigDecimal.valueOf(Long.MIN_VALUE + 1);
            case 2 -> BigDecimal.valueOf(Long.MAX_VALUE, 18);
            case 3 -> new BigDecimal("1E+5000");
            default -> new BigDecimal("900000000000000000");
        });
        Gen<BigDecimal> absent = integers().between(0, 0).map(k -> (BigDecimal) null);
        return cents.mix(fine, 30).mix(wide, 15).mix(extreme, 10).mix(absent, 10);
    }

    /** Writes a value in one of the cursor's forms, chosen at random among those that hold it exactly. */
    private static void writeAny(TeamInput.Row row, String id, BigDecimal value, Random random) {
        if (value == null) {
            if (random.nextBoolean()) {
                row.fact(id, (BigDecimal) null);
            }
            return;
        }
        int form = random.nextInt(5);
        if (form == 0 && value.scale() >= 0 && value.unscaledValue().bitLength() < 64) {
            row.fact(id, value.unscaledValue().longValueExact(), value.scale());
        } else if (form == 1 && value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            row.fact(id, value.longValueExact());
        } else if (form == 2 && value.precision() <= 15 && value.scale() >= -300 && value.scale() <= 300) {
            row.fact(id, value.doubleValue());
        } else if (form == 3) {
            row.fact(id, value.stripTrailingZeros());
        } else {
            row.fact(id, value);
        }
    }

    private static void sameResult(TeamCase team, long seed) {
        Random random = new Random(seed);
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("a", team.scorecards.get(0), team.payPlans.get(0)),
                RoleTemplate.of("b", team.scorecards.get(1), team.payPlans.get(1))));
        TeamInput columns = team.input();
        TeamInput rows = rowsOf(team, random);
        assertEquals(columns.size(), rows.size());
        assertEquals(columns.facts().keySet(), rows.facts().keySet());
        TeamResult expected = batch.evaluate(columns);
        TeamResult actual = batch.evaluate(rows);
        for (int row = 0; row < team.size; row++) {
            int r = row;
            assertEquals(expected.status(row), actual.status(row), () -> "status of row " + r);
            if (!expected.isOk(row)) {
                EmployeeError e = expected.error(row);
                EmployeeError a = actual.error(row);
                assertEquals(e.reason(), a.reason());
                assertEquals(e.indicatorId(), a.indicatorId());
                assertEquals(e.message(), a.message());
                continue;
            }
            assertEquals(expected.rating(row), actual.rating(row), () -> "rating of row " + r);
            assertEquals(expected.indices(row), actual.indices(row), () -> "indices of row " + r);
            assertEquals(expected.components(row), actual.components(row), () -> "components of row " + r);
            assertEquals(expected.total(row), actual.total(row), () -> "total of row " + r);
            assertEquals(expected.warnings(row), actual.warnings(row), () -> "warnings of row " + r);
        }
        assertEquals(expected.totalPaid(), actual.totalPaid());
    }

    /** The team written row by row, each value in a random form, each row's values in a random order now and then. */
    private static TeamInput rowsOf(TeamCase team, Random random) {
        Set<String> used = new HashSet<>();
        team.scorecards.forEach(s -> s.lines().forEach(l -> used.add(l.id())));
        TeamInput.RowBuilder builder = TeamInput.rowBuilder();
        for (int row = 0; row < team.size; row++) {
            TeamInput.Row cursor = builder.next("E" + row);
            int r = row;
            List<Runnable> writes = new ArrayList<>();
            writes.add(() -> cursor.role(team.roles[r]));
            writes.add(() -> cursor.salary(TeamCase.EUR, team.salaries[r], TeamCase.SCALE));
            team.quantities.forEach((name, values) -> writes.add(() -> write(cursor, RowColumns.Kind.QUANTITY, name,
                    values[r], false, random)));
            for (String id : team.ids) {
                if (!used.contains(id)) {
                    continue;
                }
                boolean nan = team.nan.get(id)[r];
                writes.add(() -> write(cursor, RowColumns.Kind.FACT, id, team.facts.get(id)[r], nan, random));
                writes.add(() -> write(cursor, RowColumns.Kind.BASE, id, team.bases.get(id)[r], false, random));
                writes.add(() -> write(cursor, RowColumns.Kind.PLAN, id, team.plans.get(id)[r], false, random));
                writes.add(() -> write(cursor, RowColumns.Kind.TARGET, id, team.targets.get(id)[r], false, random));
            }
            if (random.nextInt(10) == 0) {
                Collections.shuffle(writes, random);
            }
            writes.forEach(Runnable::run);
        }
        return builder.build();
    }

    /** Writes one value at scale 2 (or absent, or NaN) in a random form that holds it exactly. */
    private static void write(TeamInput.Row row, RowColumns.Kind kind, String key, long unscaled, boolean nan,
            Random random) {
        if (nan) {
            put(row, kind, key, Double.NaN);
            return;
        }
        if (unscaled == DecimalColumn.MISSING) {
            if (random.nextBoolean()) {
                put(row, kind, key, (BigDecimal) null);
            }
            return;
        }
        BigDecimal value = BigDecimal.valueOf(unscaled, TeamCase.SCALE);
        switch (random.nextInt(6)) {
            case 0 -> put(row, kind, key, unscaled, TeamCase.SCALE);
            case 1 -> put(row, kind, key, value);
            case 2 -> {
                int more = random.nextInt(4);
                put(row, kind, key, unscaled * ScaledMath.pow10(more), TeamCase.SCALE + more);
            }
            case 3 -> put(row, kind, key, value.stripTrailingZeros());
            case 4 -> put(row, kind, key, unscaled / 100.0);
            default -> {
                if (unscaled % 100 == 0) {
                    put(row, kind, key, unscaled / 100, 0);
                } else {
                    put(row, kind, key, value.setScale(TeamCase.SCALE + random.nextInt(20)));
                }
            }
        }
    }

    private static void put(TeamInput.Row row, RowColumns.Kind kind, String key, long unscaled, int scale) {
        switch (kind) {
            case FACT -> row.fact(key, unscaled, scale);
            case BASE -> row.base(key, unscaled, scale);
            case PLAN -> row.plan(key, unscaled, scale);
            case TARGET -> row.target(key, unscaled, scale);
            default -> row.quantity(key, unscaled, scale);
        }
    }

    private static void put(TeamInput.Row row, RowColumns.Kind kind, String key, BigDecimal value) {
        switch (kind) {
            case FACT -> row.fact(key, value);
            case BASE -> row.base(key, value);
            case PLAN -> row.plan(key, value);
            case TARGET -> row.target(key, value);
            default -> row.quantity(key, value);
        }
    }

    private static void put(TeamInput.Row row, RowColumns.Kind kind, String key, double value) {
        switch (kind) {
            case FACT -> row.fact(key, value);
            case BASE -> row.base(key, value);
            case PLAN -> row.plan(key, value);
            case TARGET -> row.target(key, value);
            default -> row.quantity(key, value);
        }
    }
}
