package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.Scheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.InsufficientDataRule;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.Weight;

/**
 * The null rule over the whole public API: every public constructor, static method and instance
 * method of the public packages is called with {@code null} for one reference argument at a time
 * (the others valid), and must either accept it (a documented nullable) or fail with a
 * {@link NullPointerException} whose message names the parameter, or with a
 * {@link KpiInputException} (a null fact is a missing fact). A bare NullPointerException, one
 * the JVM raised deep inside ("Cannot invoke … because … is null"), fails the test.
 */
class NullArgumentsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Indicator DEALS = Indicator.higherIsBetter("deals", Unit.COUNT);

    /** A valid value of each parameter type the public API takes, made fresh for each call. */
    private static Map<Class<?>, Supplier<Object>> samples() {
        Scorecard card = Scorecard.builder().add(DEALS, "1", Thresholds.plan("50"), RatioCurve.uncapped()).build();
        Facts facts = Facts.builder().put("deals", 10).build();
        Evaluation evaluation = card.evaluate(facts);
        PayPlan plan = PayPlan.builder()
                .scheme(FixedScheme.of("bonus", Condition.atLeast(Measure.rating(), "0"), Money.of("EUR", "100"))).build();
        Map<Class<?>, Supplier<Object>> samples = new LinkedHashMap<>();
        samples.put(String.class, () -> "deals");
        samples.put(BigDecimal.class, () -> BigDecimal.ONE);
        samples.put(Currency.class, () -> EUR);
        samples.put(Money.class, () -> Money.of("EUR", "1"));
        samples.put(Indicator.class, () -> DEALS);
        samples.put(Thresholds.class, () -> Thresholds.plan("50"));
        samples.put(ScoringCurve.class, RatioCurve::uncapped);
        samples.put(Scorecard.class, () -> card);
        samples.put(Scorecard.Builder.class, Scorecard::builder);
        samples.put(Facts.class, () -> facts);
        samples.put(Facts.Builder.class, Facts::builder);
        samples.put(Evaluation.class, () -> evaluation);
        samples.put(Precision.class, () -> Precision.DEFAULT);
        samples.put(Unit.class, () -> Unit.COUNT);
        samples.put(Direction.class, () -> Direction.HIGHER_IS_BETTER);
        samples.put(RoundingMode.class, () -> RoundingMode.HALF_UP);
        samples.put(Weight.class, () -> Weight.of("1"));
        samples.put(Measure.class, Measure::rating);
        samples.put(Condition.class, () -> Condition.atLeast(Measure.rating(), "1"));
        samples.put(Bands.class, () -> Bands.from("0").andAbove("1"));
        samples.put(Bands.Builder.class, () -> Bands.from("0"));
        samples.put(InsufficientDataRule.class, () -> InsufficientDataRule.FAIL);
        samples.put(PayInputs.class, () -> PayInputs.of(Money.of("EUR", "3000")));
        samples.put(PayPlan.class, () -> plan);
        samples.put(PayPlan.Builder.class, PayPlan::builder);
        samples.put(Scheme.class, () -> FixedScheme.of("extra", Condition.atLeast(Measure.rating(), "0"), Money.of("EUR", "1")));
        samples.put(Payout.class, () -> plan.evaluate(evaluation, PayInputs.of(Money.of("EUR", "3000")), Precision.DEFAULT));
        samples.put(RoleTemplate.class, () -> RoleTemplate.of("sales", card, plan));
        samples.put(TeamBatch.class, () -> TeamBatch.of(List.of(RoleTemplate.of("sales", card, plan))));
        samples.put(TeamInput.Builder.class, () -> TeamInput.builder(1));
        samples.put(TeamResult.class, () -> TeamBatch.of(List.of(RoleTemplate.of("sales", card, plan)))
                .evaluate(TeamInput.builder(1).facts("deals", DecimalColumn.ofUnscaled(new long[] {10}, 0))
                        .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000}, 2)).build()));
        samples.put(TeamInput.class, () -> TeamInput.builder(1).facts("deals", DecimalColumn.ofUnscaled(new long[] {10}, 0)).build());
        samples.put(DecimalColumn.class, () -> DecimalColumn.ofUnscaled(new long[] {1}, 0));
        samples.put(List.class, List::of);
        samples.put(Map.class, Map::of);
        samples.put(long[].class, () -> new long[] {1});
        samples.put(int[].class, () -> new int[] {0});
        samples.put(double[].class, () -> new double[] {1});
        samples.put(BigDecimal[].class, () -> new BigDecimal[] {BigDecimal.ONE});
        samples.put(String[].class, () -> new String[] {"a"});
        return samples;
    }

    @Test
    void everyPublicEntryPointNamesANullArgument() throws Exception {
        Map<Class<?>, Supplier<Object>> samples = samples();
        List<String> bare = new ArrayList<>();
        int calls = 0;
        for (Class<?> type : publicClasses()) {
            List<Executable> entries = new ArrayList<>();
            for (Constructor<?> constructor : type.getConstructors()) {
                entries.add(constructor);
            }
            for (Method method : type.getMethods()) {
                boolean own = method.getDeclaringClass().getName().startsWith("org.kpiengine");
                if (own && (Modifier.isStatic(method.getModifiers()) || samples.containsKey(type))) {
                    entries.add(method);
                }
            }
            for (Executable entry : entries) {
                Class<?>[] parameters = entry.getParameterTypes();
                for (int i = 0; i < parameters.length; i++) {
                    Object[] args = arguments(parameters, i, samples);
                    // a parameter whose type is marked @Nullable takes null by design (a payout's evaluation, say)
                    if (parameters[i].isPrimitive() || args == null
                            || entry.getAnnotatedParameterTypes()[i].isAnnotationPresent(org.jspecify.annotations.Nullable.class)) {
                        continue;
                    }
                    calls++;
                    Throwable thrown = call(entry, type, args, samples);
                    if (thrown instanceof NullPointerException npe
                            && (npe.getMessage() == null || npe.getMessage().startsWith("Cannot "))) {
                        bare.add(type.getSimpleName() + "." + entry.getName() + " with null argument " + i + " ("
                                + parameters[i].getSimpleName() + "): " + npe.getMessage());
                    } else if (thrown != null && !(thrown instanceof NullPointerException)
                            && !(thrown instanceof KpiInputException)) {
                        bare.add(type.getSimpleName() + "." + entry.getName() + " with null argument " + i + ": " + thrown);
                    }
                }
            }
        }
        int made = calls;
        assertTrue(made > 300, "calls made: " + made);
        assertEquals(List.of(), bare, () -> bare.size() + " entry points of " + made + " calls");
    }

    private static Object[] arguments(Class<?>[] parameters, int nullAt, Map<Class<?>, Supplier<Object>> samples) {
        Object[] args = new Object[parameters.length];
        for (int j = 0; j < parameters.length; j++) {
            Class<?> p = parameters[j];
            if (j == nullAt) {
                continue;
            } else if (p == int.class) {
                args[j] = 0; // a row, a scale, a count: 0 is valid for each
            } else if (p == long.class) {
                args[j] = 1L;
            } else if (p == double.class) {
                args[j] = 1.0;
            } else if (p == boolean.class) {
                args[j] = false;
            } else if (samples.containsKey(p)) {
                args[j] = samples.get(p).get();
            } else {
                return null;
            }
        }
        return args;
    }

    private static Throwable call(Executable entry, Class<?> type, Object[] args, Map<Class<?>, Supplier<Object>> samples)
            throws IllegalAccessException, InstantiationException {
        try {
            if (entry instanceof Constructor<?> constructor) {
                constructor.newInstance(args);
            } else {
                Method method = (Method) entry;
                Object receiver = Modifier.isStatic(method.getModifiers()) ? null : samples.get(type).get();
                method.invoke(receiver, args);
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalArgumentException e) {
            return null; // a varargs or generic signature the samples do not fit
        }
    }

    private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(KpiInputException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.contains(".internal.") || name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name);
                if (Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !type.isAnonymousClass()) {
                    types.add(type);
                }
            }
        }
        return types;
    }
}
