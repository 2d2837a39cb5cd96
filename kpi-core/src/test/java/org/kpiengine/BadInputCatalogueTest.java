package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.EmployeeError;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.CustomScheme;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;
import org.kpiengine.scorecard.Weight;

/**
 * The catalogue of bad input: every entry point and every input rule, each with the exception
 * type, the reason, and the indicator and field it names. A row of a team batch is checked the
 * same way through its {@link EmployeeError}, with the other employee of the batch still computed.
 */
class BadInputCatalogueTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Indicator REVENUE = Indicator.higherIsBetter("revenue", Unit.MONEY);
    private static final Indicator DEALS = Indicator.higherIsBetter("deals", Unit.COUNT);

    /** A million-character number: "1" and a million zeros. */
    private static final String MILLION_DIGITS = "1" + "0".repeat(1_000_000);
    /** A million-character text whose value is 1: "1." and a million zeros. */
    private static final String ONE_WITH_MILLION_ZEROS = "1." + "0".repeat(1_000_000);
    /** About a million digits, built without writing them out. */
    private static final BigDecimal MILLION_DIGIT_DECIMAL = new BigDecimal(BigInteger.ONE.shiftLeft(3_400_000));
    /** The value 1 with a million-digit unscaled value (10^1000000 × 10^-1000000). */
    private static final BigDecimal ONE_MILLION_SCALE = new BigDecimal(BigInteger.ONE.shiftLeft(3_321_929), 1_000_000);

    /** One row of the catalogue. */
    record Case(Executable input, Class<? extends Throwable> type, @Nullable Reason reason,
            @Nullable String indicatorId, @Nullable String field) {
    }

    private static Arguments bad(String name, Executable input, Reason reason, @Nullable String indicatorId,
            @Nullable String field) {
        return Arguments.of(name, new Case(input, KpiInputException.class, reason, indicatorId, field));
    }

    /** A null argument: a NullPointerException whose message names the parameter (and the indicator). */
    private static Arguments nullArgument(String name, Executable input, String parameter, @Nullable String indicatorId) {
        return Arguments.of(name, new Case(input, NullPointerException.class, null, indicatorId, parameter));
    }

    private static Arguments invariant(String name, Executable input) {
        return Arguments.of(name, new Case(input, IllegalStateException.class, null, null, null));
    }

    static Stream<Arguments> catalogue() {
        List<Arguments> cases = new ArrayList<>();
        // --- A server must not hang on one request: every number is size-checked before arithmetic
        cases.add(bad("fact text of a million digits", () -> Facts.builder().put("deals", MILLION_DIGITS),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("fact text 1. and a million zeros", () -> Facts.builder().put("deals", ONE_WITH_MILLION_ZEROS),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("fact BigDecimal of a million digits", () -> Facts.builder().put("deals", MILLION_DIGIT_DECIMAL),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("fact BigDecimal 1 at scale one million", () -> Facts.builder().put("deals", ONE_MILLION_SCALE),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("fact map of a million digits", () -> Facts.of(Map.of("deals", MILLION_DIGIT_DECIMAL)),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("Facts.with a million digits", () -> Facts.of(Map.of()).with("deals", MILLION_DIGIT_DECIMAL),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("fact 1E+999999999", () -> Facts.builder().put("deals", new BigDecimal("1E+999999999")),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("fact with 1001 decimal places", () -> Facts.builder().put("deals", new BigDecimal("1E-1001")),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("money text 1. and a million zeros", () -> Money.of("EUR", ONE_WITH_MILLION_ZEROS),
                Reason.OUT_OF_RANGE, null, "amount"));
        cases.add(bad("money BigDecimal of a million digits", () -> Money.of(EUR, MILLION_DIGIT_DECIMAL),
                Reason.OUT_OF_RANGE, null, "amount"));
        cases.add(bad("money 1 at scale one million", () -> Money.of(EUR, ONE_MILLION_SCALE),
                Reason.OUT_OF_RANGE, null, "amount"));
        cases.add(bad("money rounded, a million digits", () -> Money.of(EUR, MILLION_DIGIT_DECIMAL, RoundingMode.HALF_UP),
                Reason.OUT_OF_RANGE, null, "amount"));
        cases.add(bad("money parsed, a million digits", () -> Money.parse("EUR " + MILLION_DIGITS),
                Reason.OUT_OF_RANGE, null, "amount"));
        cases.add(bad("plan text of a million digits", () -> Thresholds.plan(MILLION_DIGITS),
                Reason.OUT_OF_RANGE, null, "plan"));
        cases.add(bad("plan BigDecimal of a million digits", () -> new Thresholds(null, MILLION_DIGIT_DECIMAL, null),
                Reason.OUT_OF_RANGE, null, "plan"));
        cases.add(bad("target text of a million digits", () -> Thresholds.of(null, "1", MILLION_DIGITS),
                Reason.OUT_OF_RANGE, null, "target"));
        cases.add(bad("weight text of a million digits", () -> Weight.of(MILLION_DIGITS),
                Reason.OUT_OF_RANGE, null, "weight"));
        cases.add(bad("scorecard weight text of a million digits",
                () -> Scorecard.builder().add(REVENUE, MILLION_DIGITS, Thresholds.plan("1"), RatioCurve.uncapped()),
                Reason.OUT_OF_RANGE, "revenue", "weight"));
        cases.add(bad("scorecard weight BigDecimal of a million digits",
                () -> Scorecard.builder().add(REVENUE, MILLION_DIGIT_DECIMAL, Thresholds.plan("1"), RatioCurve.uncapped()),
                Reason.OUT_OF_RANGE, "revenue", "weight"));
        cases.add(bad("pay input text of a million digits", () -> PayInputs.of(eur("1")).with("idle-hours", MILLION_DIGITS),
                Reason.OUT_OF_RANGE, null, "idle-hours"));
        cases.add(bad("band bound of a million digits", () -> Bands.from(MILLION_DIGITS),
                Reason.OUT_OF_RANGE, null, "lowerInclusive"));
        cases.add(bad("band value BigDecimal of a million digits", () -> new Band(BigDecimal.ZERO, null, MILLION_DIGIT_DECIMAL),
                Reason.OUT_OF_RANGE, null, "value"));
        cases.add(bad("two-slope maximum of a million digits", () -> new TwoSlopeCurve(MILLION_DIGIT_DECIMAL),
                Reason.OUT_OF_RANGE, null, "maxIndex"));
        cases.add(bad("gate factor of a million digits",
                () -> Gate.reduceUnless("gate", Condition.atLeast(Measure.rating(), "90"), ONE_WITH_MILLION_ZEROS),
                Reason.OUT_OF_RANGE, null, "factor"));
        cases.add(bad("batch fact of a million digits",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.of(MILLION_DIGIT_DECIMAL, BigDecimal.TEN))),
                Reason.OUT_OF_RANGE, "deals", "fact"));
        cases.add(bad("batch plan of a million digits",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 10}, 0))
                        .plans("deals", DecimalColumn.of(ONE_MILLION_SCALE, null))),
                Reason.OUT_OF_RANGE, "deals", "plan"));
        cases.add(bad("batch salary of a million digits",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 10}, 0))
                        .salaries(EUR, DecimalColumn.of(MILLION_DIGIT_DECIMAL, new BigDecimal("3000")))),
                Reason.OUT_OF_RANGE, null, "salary"));
        // --- A batch whose declared size its columns cannot back
        cases.add(bad("batch of Integer.MAX_VALUE without columns", () -> TeamInput.builder(Integer.MAX_VALUE).build(),
                Reason.OUT_OF_RANGE, null, "size"));
        cases.add(bad("batch of 3 without columns", () -> TeamInput.builder(3).build(), Reason.OUT_OF_RANGE, null, "size"));
        cases.add(bad("batch of negative size", () -> TeamInput.builder(-1), Reason.OUT_OF_RANGE, null, "size"));
        cases.add(bad("fact column shorter than the batch",
                () -> TeamInput.builder(2).facts("deals", DecimalColumn.ofUnscaled(new long[] {1}, 0)),
                Reason.OUT_OF_RANGE, "deals", "facts"));
        cases.add(bad("salary column longer than the batch",
                () -> TeamInput.builder(1).salaries(EUR, DecimalColumn.ofUnscaled(new long[] {1, 2}, 2)),
                Reason.OUT_OF_RANGE, null, "salaries"));
        cases.add(bad("role array shorter than the batch", () -> TeamInput.builder(2).roles(new int[] {0}),
                Reason.OUT_OF_RANGE, null, "roles"));
        // --- Nulls: the parameter (and the indicator) named
        cases.add(nullArgument("weight text null",
                () -> Scorecard.builder().add(REVENUE, (String) null, Thresholds.plan("1"), RatioCurve.uncapped()),
                "weight", "revenue"));
        cases.add(nullArgument("weight BigDecimal null",
                () -> Scorecard.builder().add(REVENUE, (BigDecimal) null, Thresholds.plan("1"), RatioCurve.uncapped()),
                "weight", "revenue"));
        cases.add(nullArgument("TeamBatch.of(null)", () -> TeamBatch.of(null), "templates", null));
        cases.add(nullArgument("TeamBatch.of with a null template",
                () -> TeamBatch.of(Arrays.asList(RoleTemplate.of("sales", scorecard()), null)), "templates [1]", null));
        cases.add(nullArgument("Bands.from(null)", () -> Bands.from((String) null), "lowerInclusive", null));
        cases.add(nullArgument("Bands.of(null)", () -> Bands.of(null), "bands", null));
        cases.add(nullArgument("Bands.of with a null band", () -> Bands.of(Arrays.asList((Band) null)), "bands [0]", null));
        cases.add(nullArgument("Scorecard.of(null)", () -> Scorecard.of(null), "lines", null));
        cases.add(nullArgument("Scorecard.of with a null line",
                () -> Scorecard.of(Arrays.asList(line(REVENUE, "1"), null)), "lines [1]", null));
        cases.add(nullArgument("Scorecard.ofWeightsTotalling with a null line",
                () -> Scorecard.ofWeightsTotalling(100, Arrays.asList(null, line(REVENUE, "100"))), "lines [0]", null));
        cases.add(nullArgument("fact with a null indicator id", () -> Facts.builder().put(null, "1"), "indicatorId", null));
        cases.add(nullArgument("Money.of with a null amount", () -> Money.of("EUR", null), "amount", null));
        cases.add(nullArgument("Money.of with a null currency", () -> Money.of((Currency) null, BigDecimal.ONE), "currency", null));
        cases.add(nullArgument("plan text null", () -> Thresholds.plan((String) null), "plan", null));
        cases.add(nullArgument("plan BigDecimal null", () -> new Thresholds(null, null, null), "plan", null));
        cases.add(nullArgument("pay plan with a null scheme", () -> PayPlan.builder().scheme(null), "scheme", null));
        cases.add(nullArgument("batch fact column null", () -> TeamInput.builder(1).facts("deals", null), "column", null));
        cases.add(nullArgument("batch employee id null", () -> TeamInput.builder(2).employeeIds("a", null), "ids [1]", null));
        cases.add(nullArgument("batch evaluated on null", () -> TeamBatch.of(List.of(RoleTemplate.of("sales", scorecard())))
                .evaluate(null), "input", null));
        cases.add(nullArgument("pay plan evaluated on a null evaluation",
                () -> payPlan().evaluate(null, PayInputs.of(eur("3000")), Precision.DEFAULT), "evaluation", null));
        // --- A null or absent fact is a missing fact, on both paths
        cases.add(bad("fact BigDecimal null", () -> Facts.builder().put("revenue", (BigDecimal) null),
                Reason.MISSING_FACT, "revenue", "fact"));
        cases.add(bad("fact text null", () -> Facts.builder().put("revenue", (String) null),
                Reason.MISSING_FACT, "revenue", "fact"));
        cases.add(bad("fact map with a null value", () -> Facts.of(mapWithNull("revenue")),
                Reason.MISSING_FACT, "revenue", "fact"));
        cases.add(bad("fact absent, single employee", () -> scorecard().evaluate(Facts.builder().build()),
                Reason.MISSING_FACT, "deals", "fact"));
        cases.add(bad("fact absent, batch row",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {DecimalColumn.MISSING, 10}, 0))),
                Reason.MISSING_FACT, "deals", "fact"));
        // --- indicatorId only for indicator ids; field names in field()
        cases.add(bad("unknown payout line", () -> payout().line("pool"), Reason.UNKNOWN_PAY_STEP, null, "pool"));
        cases.add(bad("unknown pay step of a batch row", () -> okBatch().component(1, "pool"),
                Reason.UNKNOWN_PAY_STEP, null, "pool"));
        cases.add(bad("money finer than a cent", () -> Money.of("EUR", "10.555"), Reason.MONEY_SCALE, null, "amount"));
        cases.add(bad("money of an unknown currency", () -> Money.of("XYZ1", "1"), Reason.INVALID_ID, null, "currency"));
        cases.add(bad("money text without a currency", () -> Money.parse("EUR1"), Reason.NOT_A_NUMBER, null, "money"));
        cases.add(bad("gate factor above 1",
                () -> Gate.reduceUnless("gate", Condition.atLeast(Measure.rating(), "90"), "1.5"),
                Reason.INVALID_SCHEME, null, "factor"));
        cases.add(bad("malformed indicator id", () -> Indicator.higherIsBetter("two words", Unit.COUNT),
                Reason.INVALID_ID, null, "id"));
        cases.add(bad("blank indicator name", () -> Indicator.of("deals", " ", Unit.COUNT, Direction.HIGHER_IS_BETTER),
                Reason.INVALID_ID, "deals", "name"));
        cases.add(bad("negative weight", () -> Scorecard.builder().add(REVENUE, "-0.5", Thresholds.plan("1"), RatioCurve.uncapped()),
                Reason.NEGATIVE_WEIGHT, "revenue", "weight"));
        cases.add(bad("weights not totalling 1", () -> Scorecard.of(List.of(line(REVENUE, "0.5"))),
                Reason.WEIGHTS_TOTAL, null, "weights"));
        cases.add(bad("declared weight total 7", () -> Scorecard.ofWeightsTotalling(7, List.of(line(REVENUE, "7"))),
                Reason.WEIGHTS_TOTAL, null, "total"));
        cases.add(bad("thresholds out of order",
                () -> Scorecard.builder().add(REVENUE, "1", Thresholds.of("60", "50", null), RatioCurve.uncapped()).build(),
                Reason.THRESHOLDS_OUT_OF_ORDER, "revenue", "thresholds"));
        cases.add(bad("thresholds out of order, 1000-digit values quoted short",
                () -> Scorecard.builder().add(REVENUE, "1", Thresholds.of("9".repeat(1000), "1." + "1".repeat(999), null),
                        RatioCurve.uncapped()).build(),
                Reason.THRESHOLDS_OUT_OF_ORDER, "revenue", "thresholds"));
        cases.add(bad("fact not a number", () -> Facts.builder().put("deals", "12 000"), Reason.NOT_A_NUMBER, "deals", "fact"));
        cases.add(bad("fact NaN", () -> Facts.builder().put("deals", Double.NaN), Reason.NOT_A_NUMBER, "deals", "fact"));
        cases.add(bad("batch fact NaN",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofDoubles(new double[] {Double.NaN, 10}))),
                Reason.NOT_A_NUMBER, "deals", "fact"));
        cases.add(bad("batch role without template",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 10}, 0)).roles(new int[] {3, 0})),
                Reason.OUT_OF_RANGE, null, "role"));
        cases.add(bad("batch salary finer than a cent",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 10}, 0))
                        .salaries(EUR, DecimalColumn.of(new BigDecimal("3000.005"), new BigDecimal("3000")))),
                Reason.MONEY_SCALE, null, "salary"));
        cases.add(bad("batch salary missing",
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 10}, 0))
                        .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {DecimalColumn.MISSING, 300_000}, 2))),
                Reason.MISSING_INPUT, null, "salary"));
        cases.add(bad("batch column of an unknown indicator",
                () -> TeamBatch.of(List.of(RoleTemplate.of("sales", scorecard())))
                        .evaluate(TeamInput.builder(1).facts("calls", DecimalColumn.ofUnscaled(new long[] {1}, 0)).build()),
                Reason.UNKNOWN_INDICATOR, "calls", "facts"));
        cases.add(bad("pay input missing", () -> PayInputs.of(eur("1")).quantity("idle-hours"),
                Reason.MISSING_INPUT, null, "idle-hours"));
        cases.add(bad("index scale 13", () -> Precision.DEFAULT.withIndexScale(13), Reason.OUT_OF_RANGE, null, "indexScale"));
        cases.add(bad("custom scheme paying a negative amount",
                () -> PayPlan.builder().scheme((CustomScheme) context -> BigDecimal.ONE.negate()).build()
                        .evaluate(scorecard().evaluate(facts("10")), PayInputs.of(eur("3000")), Precision.DEFAULT),
                Reason.INVALID_SCHEME, null, "custom scheme"));
        cases.add(invariant("pay line that does not add up",
                () -> new PayLine("bonus", PayLine.Kind.SCHEME, "x", eur("500"), eur("3000"), eur("3600"))));
        cases.add(invariant("payout whose total is not the sum of its lines",
                () -> new Payout(eur("3000"), payout().lines(), eur("1"), eur("3001"), List.of(), null)));
        // --- Integrator code that throws: that row, with the cause
        cases.add(bad("custom curve throwing, one employee", () -> throwingCurveCard().evaluate(facts("13")),
                Reason.CUSTOM_CODE_FAILED, "deals", "curve"));
        cases.add(bad("custom scheme throwing, one employee",
                () -> throwingSchemePlan().evaluate(scorecard().evaluate(facts("13")), PayInputs.of(eur("3000")),
                        Precision.DEFAULT),
                Reason.CUSTOM_CODE_FAILED, null, "custom scheme"));
        cases.add(bad("custom curve throwing, batch row",
                () -> batchRow(List.of(RoleTemplate.of("sales", throwingCurveCard())),
                        b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {13, 10}, 0))),
                Reason.CUSTOM_CODE_FAILED, "deals", "curve"));
        cases.add(bad("custom scheme throwing, batch row",
                () -> batchRow(List.of(RoleTemplate.of("sales", scorecard(), throwingSchemePlan())),
                        b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {13, 10}, 0))
                                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000, 300_000}, 2))),
                Reason.CUSTOM_CODE_FAILED, null, "custom scheme"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyBadInputGetsItsError(String name, Case c) {
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                c.input().execute();
            } catch (Throwable t) {
                return t;
            }
            return null;
        }, name);
        if (thrown == null) {
            fail(name + ": nothing was thrown, expected " + c.type().getSimpleName());
        }
        if (!c.type().isInstance(thrown)) {
            throw new AssertionError(name + ": expected " + c.type().getSimpleName() + " but got " + thrown, thrown);
        }
        String message = thrown.getMessage();
        assertNotNull(message, name);
        assertTrue(message.length() < 600, () -> name + ": message of " + message.length() + " characters");
        if (thrown instanceof KpiInputException e && c.type() == KpiInputException.class) {
            assertEquals(c.reason(), e.reason(), () -> name + ": " + message);
            assertEquals(c.indicatorId(), e.indicatorId(), () -> name + ": indicatorId of " + message);
            assertEquals(c.field(), e.field(), () -> name + ": field of " + message);
            if (e.value() != null) {
                assertTrue(e.value().length() <= 80, () -> name + ": value of " + e.value().length() + " characters");
            }
        }
        if (c.type() == NullPointerException.class) {
            assertTrue(message.startsWith(c.field()), () -> name + ": message names the parameter: " + message);
            assertTrue(message.endsWith(" is null") || message.equals(c.field()),
                    () -> name + ": message says what is null: " + message);
        }
        if (c.indicatorId() != null) {
            assertTrue(message.contains("'" + c.indicatorId() + "'"), () -> name + ": message names the indicator: " + message);
        }
        if (c.field() != null && c.type() == KpiInputException.class && c.reason() != Reason.MISSING_FACT) {
            assertTrue(message.contains(c.field()) || message.contains(c.field().replace("-", " ")),
                    () -> name + ": message names the field: " + message);
        }
    }

    @Test
    void aMillionCharacterNumberIsRefusedInWellUnderASecondEach() {
        List<Executable> inputs = List.of(
                () -> Facts.builder().put("deals", MILLION_DIGITS),
                () -> Facts.builder().put("deals", ONE_WITH_MILLION_ZEROS),
                () -> Facts.builder().put("deals", MILLION_DIGIT_DECIMAL),
                () -> Facts.builder().put("deals", ONE_MILLION_SCALE),
                () -> Money.of("EUR", ONE_WITH_MILLION_ZEROS),
                () -> Money.of(EUR, MILLION_DIGIT_DECIMAL),
                () -> Money.of(EUR, ONE_MILLION_SCALE, RoundingMode.HALF_UP));
        for (Executable input : inputs) {
            // quadratic parsing took minutes for this size; the linear check takes milliseconds
            KpiInputException e = assertTimeoutPreemptively(Duration.ofSeconds(3),
                    () -> assertThrows(KpiInputException.class, input));
            assertEquals(Reason.OUT_OF_RANGE, e.reason(), e.getMessage());
            assertTrue(e.getMessage().length() < 300, e.getMessage());
        }
    }

    @Test
    void aHugeValueIsQuotedByAShortPrefixAndItsLength() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> Facts.builder().put("deals", MILLION_DIGITS));
        assertEquals("10000000000000000000… (1000001 characters)", e.value());
        assertEquals("fact '10000000000000000000… (1000001 characters)' of indicator 'deals' is out of range:"
                + " the text of a number must be at most 2100 characters, but has 1000001", e.getMessage());
        KpiInputException garbage = assertThrows(KpiInputException.class,
                () -> Facts.builder().put("deals", "x".repeat(100_000)));
        assertEquals(Reason.NOT_A_NUMBER, garbage.reason());
        assertEquals("xxxxxxxxxxxxxxxxxxxx… (100000 characters)", garbage.value());
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        // 1000 digits before the point and 1000 after: 2001 characters, within the 2100 allowed
        String widest = "9".repeat(1000) + "." + "9".repeat(1000);
        assertEquals(new BigDecimal(widest), Facts.builder().put("deals", widest).build().get("deals"));
        // trailing zeros within the text limit are harmless
        assertEquals(BigDecimal.ONE, Facts.builder().put("deals", "1." + "0".repeat(2000)).build().get("deals"));
        assertEquals(eur("1"), Money.of("EUR", "1." + "0".repeat(2000)));
        // one character over the limit, although the value is 1
        assertThrows(KpiInputException.class, () -> Facts.builder().put("deals", "1." + "0".repeat(2099)));
    }

    @Test
    void aThrowingCustomCurveFailsOnlyItsRowWithTheCause() {
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("sales", throwingCurveCard())));
        TeamResult result = batch.evaluate(TeamInput.builder(4)
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 13, 20, 13}, 0)).build());
        assertEquals(2, result.okCount());
        assertEquals(new BigDecimal("20.0000"), result.rating(0));
        assertEquals(new BigDecimal("40.0000"), result.rating(2));
        EmployeeError error = result.error(1);
        assertNotNull(error);
        assertEquals(Reason.CUSTOM_CODE_FAILED, error.reason());
        assertEquals("deals", error.indicatorId());
        assertEquals("curve", error.cause().field());
        assertInstanceOf(ArithmeticException.class, error.cause().getCause());
        assertEquals("custom curve of indicator 'deals' failed for fact 13:"
                + " java.lang.ArithmeticException: unlucky 13", error.cause().getMessage());
        // the same in parallel
        TeamResult parallel = batch.evaluate(TeamInput.builder(4)
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 13, 20, 13}, 0)).build(),
                Runnable::run, 2);
        assertEquals(2, parallel.okCount());
    }

    @Test
    void aBadRowFailsInTheBatchExactlyAsItsEmployeeFailsAlone() {
        // the object path for one employee and the batch row report the same reason, names and message
        assertSameError(() -> throwingCurveCard().evaluate(facts("13")),
                () -> batchRow(List.of(RoleTemplate.of("sales", throwingCurveCard())),
                        b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {13, 10}, 0))));
        assertSameError(() -> scorecard().evaluate(Facts.builder().put("deals", Double.NaN).build()),
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofDoubles(new double[] {Double.NaN, 10}))));
        assertSameError(() -> scorecard().evaluate(Facts.builder().put("deals", MILLION_DIGIT_DECIMAL).build()),
                () -> batchRow(b -> b.facts("deals", DecimalColumn.of(MILLION_DIGIT_DECIMAL, BigDecimal.TEN))));
        assertSameError(() -> scorecard().evaluate(Facts.builder().build()),
                () -> batchRow(b -> b.facts("deals", DecimalColumn.ofUnscaled(new long[] {DecimalColumn.MISSING, 10}, 0))));
    }

    private static void assertSameError(Executable alone, Executable inBatch) {
        KpiInputException expected = assertThrows(KpiInputException.class, alone);
        KpiInputException actual = assertThrows(KpiInputException.class, inBatch);
        assertEquals(expected.reason(), actual.reason());
        assertEquals(expected.indicatorId(), actual.indicatorId());
        assertEquals(expected.field(), actual.field());
        assertEquals(expected.value(), actual.value());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void aKpiInputExceptionFromCustomCodePassesThroughUnchanged() {
        KpiInputException own = new KpiInputException(Reason.UNSCORABLE_FACT, "deals", "fact", "13", "no 13s");
        Scorecard card = Scorecard.builder().add(DEALS, "1", Thresholds.plan("50"), (CustomCurve) (indicator, t, fact) -> {
            throw own;
        }).build();
        assertSame(own, assertThrows(KpiInputException.class, () -> card.evaluate(facts("10"))));
    }

    // ---------------------------------------------------------------------------------------------

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    private static ScorecardLine line(Indicator indicator, String weight) {
        return new ScorecardLine(indicator, Weight.of(weight), Thresholds.plan("50"), RatioCurve.uncapped());
    }

    private static Scorecard scorecard() {
        return Scorecard.builder().add(DEALS, "1", Thresholds.plan("50"), RatioCurve.uncapped()).build();
    }

    private static Facts facts(String deals) {
        return Facts.builder().put("deals", deals).build();
    }

    private static PayPlan payPlan() {
        return PayPlan.builder().scheme(FixedScheme.of("bonus", Condition.atLeast(Measure.rating(), "0"), eur("100"))).build();
    }

    private static Payout payout() {
        return payPlan().evaluate(scorecard().evaluate(facts("10")), PayInputs.of(eur("3000")), Precision.DEFAULT);
    }

    private static Map<String, BigDecimal> mapWithNull(String id) {
        Map<String, BigDecimal> map = new HashMap<>();
        map.put(id, null);
        return map;
    }

    /** A curve that fails for the fact 13 with an integrator's own exception. */
    private static Scorecard throwingCurveCard() {
        CustomCurve unlucky = (indicator, thresholds, fact) -> {
            if (fact.compareTo(BigDecimal.valueOf(13)) == 0) {
                throw new ArithmeticException("unlucky 13");
            }
            return fact.multiply(BigDecimal.valueOf(2));
        };
        return Scorecard.builder().add(DEALS, "1", Thresholds.plan("50"), unlucky).build();
    }

    /** A scheme that fails when the deals are 13. */
    private static PayPlan throwingSchemePlan() {
        CustomScheme unlucky = context -> {
            if (context.evaluation().index("deals").fact().compareTo(BigDecimal.valueOf(13)) == 0) {
                throw new IllegalStateException("unlucky 13");
            }
            return BigDecimal.TEN;
        };
        return PayPlan.builder().scheme(unlucky).build();
    }

    private static TeamResult okBatch() {
        return TeamBatch.of(List.of(RoleTemplate.of("sales", scorecard(), payPlan())))
                .evaluate(TeamInput.builder(2).facts("deals", DecimalColumn.ofUnscaled(new long[] {10, 20}, 0))
                        .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000, 300_000}, 2)).build());
    }

    /** Columns of a two-employee batch: row 0 is the bad one, row 1 is fine. */
    interface Columns {
        TeamInput.Builder apply(TeamInput.Builder builder);
    }

    private static void batchRow(Columns columns) {
        batchRow(List.of(RoleTemplate.of("sales", scorecard(), payPlan())), columns);
    }

    /**
     * Runs a two-employee batch and throws the error of row 0, after checking that row 1 was
     * still computed: a bad row costs only its own employee.
     */
    private static void batchRow(List<RoleTemplate> templates, Columns columns) {
        TeamInput.Builder builder = TeamInput.builder(2).employeeIds("bad", "good")
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000, 300_000}, 2));
        TeamResult result = TeamBatch.of(templates).evaluate(columns.apply(builder).build());
        assertTrue(result.isOk(1), () -> "the good row is computed: " + result.error(1));
        assertNull(result.error(1));
        EmployeeError error = result.error(0);
        assertNotNull(error, "the bad row is an error");
        throw error.cause();
    }
}
