package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Scorecard;

class RowInputTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** An integrator's own row type. */
    private record Seller(String login, boolean manager, long revenueCents, BigDecimal revenuePlan, long calls,
            long salaryCents) {
    }

    private static final List<Seller> SELLERS = List.of(
            new Seller("anna", false, 5_700_000, new BigDecimal("50000"), 520, 300_000),
            new Seller("boris", true, 4_900_000, null, 410, 450_050),
            new Seller("chen", false, 6_100_000, new BigDecimal("60000"), 600, 320_000));

    private static final RowReader<Seller> READER = (seller, row) -> row
            .employeeId(seller.login())
            .role(seller.manager() ? 1 : 0)
            .fact("revenue", seller.revenueCents(), 2)
            .plan("revenue", seller.revenuePlan())
            .fact("calls", seller.calls())
            .salary(EUR, seller.salaryCents(), 2);

    @Test
    void rowsFillTheSameColumnsAsTheColumnarBuilder() {
        TeamInput rows = TeamInput.fromRows(SELLERS, READER);
        assertEquals(3, rows.size());
        assertEquals("anna", rows.employeeId(0));
        assertEquals(1, rows.role(1));
        assertEquals(List.of("revenue", "calls"), List.copyOf(rows.facts().keySet()));
        assertEquals(0, new BigDecimal("57000.00").compareTo(rows.facts().get("revenue").get(0)));
        assertEquals(new BigDecimal("410"), rows.facts().get("calls").get(1));
        assertEquals(new BigDecimal("60000"), rows.plans().get("revenue").get(2));
        assertNull(rows.plans().get("revenue").get(1));
        assertEquals(EUR, rows.currency());
        assertEquals(0, new BigDecimal("4500.50").compareTo(rows.salaries().get(1)));
        assertEquals(Arrays.asList(), List.copyOf(rows.bases().keySet()));
    }

    @Test
    void aBatchGivesTheSameRatingsThroughRowsAsThroughColumns() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.6", Thresholds.plan("55000"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .build();
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard), RoleTemplate.of("manager", scorecard)));
        TeamInput columns = TeamInput.builder(3)
                .employeeIds("anna", "boris", "chen")
                .roles(new int[] {0, 1, 0})
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {5_700_000, 4_900_000, 6_100_000}, 2))
                .plans("revenue", DecimalColumn.of(new BigDecimal("50000"), null, new BigDecimal("60000")))
                .facts("calls", DecimalColumn.ofUnscaled(new long[] {520, 410, 600}, 0))
                .build();
        TeamResult expected = batch.evaluate(columns);
        TeamResult actual = batch.evaluate(TeamInput.fromRows(SELLERS, READER));
        for (int row = 0; row < 3; row++) {
            assertEquals(expected.rating(row), actual.rating(row));
        }
        // anna: revenue 57000 / 50000 = 114, calls 520 / 500 = 104 → 0.6 × 114 + 0.4 × 104 = 110
        assertEquals(new BigDecimal("110.0000"), actual.rating(0));
    }

    @Test
    void aResultSetStyleLoopGrowsTheColumns() {
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        for (int i = 0; i < 1000; i++) {
            TeamInput.Row row = rows.next("E" + i).fact("calls", i);
            assertEquals(i, row.rowNumber());
            if (i % 7 == 0) {
                row.quantity("idle-hours", new BigDecimal("1.5"));
            }
            if (i == 500) {
                row.fact("late", 1); // a column that first appears half-way
            }
        }
        assertEquals(1000, rows.size());
        TeamInput input = rows.build();
        assertEquals(1000, input.size());
        assertEquals(new BigDecimal("999"), input.facts().get("calls").get(999));
        assertEquals(0, new BigDecimal("1.5").compareTo(input.quantities().get("idle-hours").get(994)));
        assertNull(input.quantities().get("idle-hours").get(995));
        assertNull(input.facts().get("late").get(499));
        assertEquals(new BigDecimal("1"), input.facts().get("late").get(500));
        assertNull(input.facts().get("late").get(501));
        assertEquals("row 7", TeamInput.builder(8).roles(new int[8]).build().employeeId(7));
    }

    @Test
    void aLaterValueWithMorePlacesRaisesTheColumnsScaleExactly() {
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        rows.next().fact("x", 900_000_000_000_000_000L); // fits only at scale 0
        rows.next().fact("x", 12);
        rows.next().fact("x", new BigDecimal("0.05"));    // scale 2: the first value no longer fits a long
        rows.next().fact("x", 1.25);
        rows.next().fact("x", 7_000, 3);                  // 7.000: trailing zeros do not raise the scale
        DecimalColumn x = rows.build().facts().get("x");
        assertEquals(0, new BigDecimal("900000000000000000").compareTo(x.get(0)));
        assertEquals(0, new BigDecimal("12").compareTo(x.get(1)));
        assertEquals(0, new BigDecimal("0.05").compareTo(x.get(2)));
        assertEquals(0, new BigDecimal("1.25").compareTo(x.get(3)));
        assertEquals(0, new BigDecimal("7").compareTo(x.get(4)));
        assertEquals("DecimalColumn[5 values, scale 2]", x.toString());
    }

    @Test
    void aValueWrittenTwiceInOneRowIsRefusedNamingTheRowAndIndicator() {
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        rows.next("E0").fact("revenue", 1);
        TeamInput.Row row = rows.next("E1").fact("revenue", 1).plan("revenue", 5);
        KpiInputException e = assertThrows(KpiInputException.class, () -> row.fact("revenue", new BigDecimal("2")));
        assertEquals(Reason.DUPLICATE_INDICATOR, e.reason());
        assertEquals("revenue", e.indicatorId());
        assertEquals("fact", e.field());
        assertEquals("row 1 (employee 'E1'): fact of indicator 'revenue' was given twice; each value is written once"
                + " per row", e.getMessage());
        KpiInputException salary = assertThrows(KpiInputException.class,
                () -> rows.next().salary(EUR, 1, 0).salary(Money.of("EUR", "2")));
        assertEquals("salary", salary.field());
        assertNull(salary.indicatorId());
        assertEquals("row 2: salary was given twice; each value is written once per row", salary.getMessage());
        KpiInputException input = assertThrows(KpiInputException.class,
                () -> rows.next().quantity("idle-hours", 1).quantity("idle-hours", 2.5));
        assertEquals("idle-hours", input.field());
        assertEquals("row 3: pay input 'idle-hours' was given twice; each value is written once per row", input.getMessage());
        KpiInputException role = assertThrows(KpiInputException.class, () -> rows.next().role(1).role(2));
        assertEquals("role", role.field());
        assertEquals("row 4: role 2 was given, but the row already has role 1; each value is written once per row",
                role.getMessage());
        KpiInputException id = assertThrows(KpiInputException.class, () -> rows.next("a").employeeId("b"));
        assertEquals(Reason.INVALID_ID, id.reason());
        assertEquals("employeeId", id.field());
    }

    @Test
    void aSecondCurrencyIsRefusedNamingTheRow() {
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        rows.next("E0").salary(EUR, 300_000, 2);
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> rows.next("E1").salary(Currency.getInstance("USD"), new BigDecimal("3000")));
        assertEquals(Reason.CURRENCY_MISMATCH, e.reason());
        assertEquals("salary", e.field());
        assertEquals("USD", e.value());
        assertEquals("row 1 (employee 'E1'): salary in USD, but earlier rows' salaries are in EUR; a batch pays in one"
                + " currency", e.getMessage());
    }

    @Test
    void idsForSomeRowsButNotOthersAreRefused() {
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        rows.next("E0").fact("x", 1);
        rows.next().fact("x", 2);
        KpiInputException e = assertThrows(KpiInputException.class, rows::build);
        assertEquals(Reason.INVALID_ID, e.reason());
        assertEquals("employeeId", e.field());
        assertEquals("row 1 has no employee id while other rows have one; give an id to every row or to none",
                e.getMessage());
    }

    @Test
    void nullsNameTheParameterAndTheRow() {
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        TeamInput.Row row = rows.next("E0");
        NullPointerException id = assertThrows(NullPointerException.class, () -> row.fact(null, 1));
        assertEquals("indicatorId of a fact is null (row 0 (employee 'E0'))", id.getMessage());
        NullPointerException name = assertThrows(NullPointerException.class, () -> row.quantity(null, 1));
        assertEquals("name of a quantity is null (row 0 (employee 'E0'))", name.getMessage());
        NullPointerException currency = assertThrows(NullPointerException.class, () -> row.salary(null, 1, 0));
        assertEquals("salaryCurrency", currency.getMessage());
        NullPointerException employee = assertThrows(NullPointerException.class, () -> rows.next(null));
        assertEquals("employeeId is null (row 1)", employee.getMessage());
        NullPointerException element = assertThrows(NullPointerException.class,
                () -> TeamInput.fromRows(Arrays.asList(SELLERS.get(0), null), READER));
        assertEquals("rows [1] is null", element.getMessage());
        assertThrows(NullPointerException.class, () -> TeamInput.fromRows(null, READER));
        assertThrows(NullPointerException.class, () -> TeamInput.fromRows(SELLERS, null));
    }

    @Test
    void aNullValueIsAnAbsentValueAndAnAbsentFactIsThatEmployeesError() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("100"), RatioCurve.uncapped())
                .build();
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        rows.next("E0").fact("revenue", 120);
        rows.next("E1").fact("revenue", (BigDecimal) null).plan("revenue", (BigDecimal) null);
        rows.next("E2");
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard))).evaluate(rows.build());
        assertEquals(new BigDecimal("120.0000"), result.rating(0));
        assertEquals(Reason.MISSING_FACT, result.error(1).reason());
        assertEquals("employee 'E1': no fact was given for indicator 'revenue'", result.error(1).message());
        assertEquals(Reason.MISSING_FACT, result.error(2).reason());
    }

    @Test
    void aCursorIsUsableOnlyBetweenNextAndBuild() {
        TeamInput.RowBuilder rows = TeamInput.rowBuilder();
        assertEquals("TeamInput.RowBuilder[0 rows]", rows.toString());
        IllegalStateException early = assertThrows(IllegalStateException.class,
                () -> new RowColumns(4).put(RowColumns.Kind.FACT, "x", 1, 0));
        assertEquals("no row was started: call next() before writing a row's values", early.getMessage());
        TeamInput.Row row = rows.next();
        assertEquals(0, row.rowNumber());
        assertEquals("TeamInput.Row[row 0]", row.toString());
        rows.build();
        assertThrows(IllegalStateException.class, rows::next);
        assertThrows(IllegalStateException.class, () -> row.fact("x", 1));
        assertThrows(IllegalStateException.class, rows::build);
    }

    @Test
    void aReaderThatWritesNothingGivesEmployeesOfRoleZeroWithoutValues() {
        TeamInput input = TeamInput.fromRows(List.of("a", "b"), (source, row) -> { });
        assertEquals(2, input.size());
        assertEquals(0, input.role(1));
        assertEquals("row 1", input.employeeId(1));
    }

    @Test
    void noRowsGiveAnEmptyInput() {
        assertEquals(0, TeamInput.rowBuilder().build().size());
        assertEquals(0, TeamInput.fromRows(List.<Seller>of(), READER).size());
    }
}
