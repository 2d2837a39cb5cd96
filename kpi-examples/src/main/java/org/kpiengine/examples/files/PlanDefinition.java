package org.kpiengine.examples.files;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Scorecard;

/**
 * A scorecard and pay plan read from a properties file, so that a team payout can be configured
 * without code. The format (see {@code sample/plan.properties} in this module for a full file):
 *
 * <pre>
 * currency   = EUR
 * indicators = revenue, deals, receivables      # the scorecard lines, in order
 * inputs     = idle_hours                       # per-employee quantities that are not indicators
 *
 * indicator.revenue.name      = Revenue
 * indicator.revenue.unit      = MONEY           # MONEY, COUNT, PERCENT, RATIO, DURATION
 * indicator.revenue.direction = higher          # higher or lower (is better)
 * indicator.revenue.weight    = 0.5
 * indicator.revenue.curve     = two-slope 150   # ratio [cap] | linear [cap] | two-slope max
 * indicator.revenue.base      = 300000          # default thresholds; a facts file may override them
 * indicator.revenue.plan      = 500000
 * indicator.revenue.target    = 650000
 *
 * schemes = bonus
 * scheme.bonus.type    = tiered-retroactive     # tiered-retroactive | tiered-marginal | linear | fixed
 * scheme.bonus.measure = rating                 # rating | index:ID | fact:ID | attainment:ID | input:NAME
 * scheme.bonus.payment = percent-of-salary      # percent-of-salary | percent-of-turnover | amount
 * scheme.bonus.tiers   = 0:0, 80:20, 100:50, 120:80   # lower bound:value, contiguous, last open-ended
 * # linear: planned-bonus, base, cap; fixed: amount, level (paid when measure >= level)
 *
 * gates = quality
 * gate.quality.measure = attainment:quality
 * gate.quality.minimum = 90
 * gate.quality.factor  = 0.5                    # 0 zeroes the variable part
 * deductions = idle
 * deduction.idle.units    = input:idle_hours
 * deduction.idle.per-unit = 20.00
 * cap.variable = 60000                          # also floor.variable, cap.total, floor.total
 * </pre>
 *
 * <p>The file is UTF-8 (not the ISO-8859-1 of {@link Properties#load(java.io.InputStream)}); numbers
 * are decimals with a dot, at most 100 characters. Every error names the file, the line and the
 * key: {@code plan.properties:12: indicator.revenue.plan: bad number 'abc' (expected a decimal with
 * a dot, such as 1234.5)}.
 *
 * @param currency the currency of every amount
 * @param scorecard the scorecard template with the default thresholds
 * @param payPlan the pay plan
 * @param inputs the names of per-employee quantities that are not indicators
 */
public record PlanDefinition(Currency currency, Scorecard scorecard, PayPlan payPlan, Set<String> inputs) {

    /**
     * Reads a definition.
     *
     * @param fileName the file name, for messages
     * @param bytes the file, UTF-8, not null
     * @return the definition, not null
     * @throws IllegalArgumentException naming the file, the line and the key if a key is missing or
     *     malformed, or the file and line if the file is not UTF-8 or a line is not a property
     */
    public static PlanDefinition read(String fileName, byte[] bytes) {
        Keys keys = Keys.load(fileName, bytes);
        try {
            Currency currency = keys.at("currency", () -> currency(keys.required("currency")));
            Scorecard.Builder scorecard = Scorecard.builder();
            for (String id : keys.list("indicators")) {
                String prefix = "indicator." + id + ".";
                Indicator indicator = keys.at("indicator." + id, () -> indicator(keys, id));
                BigDecimal weight = keys.decimal(prefix + "weight", true);
                BigDecimal plan = keys.decimal(prefix + "plan", true);
                BigDecimal base = keys.decimal(prefix + "base", false);
                BigDecimal target = keys.decimal(prefix + "target", false);
                Thresholds thresholds = keys.at("indicator." + id, () -> new Thresholds(base, plan, target));
                ScoringCurve curve = curve(keys, prefix + "curve");
                keys.at("indicator." + id, () -> scorecard.add(indicator, weight, thresholds, curve));
            }
            PayPlan.Builder plan = PayPlan.builder();
            for (String name : keys.list("schemes")) {
                Scheme scheme = scheme(keys, currency, name);
                keys.at("scheme." + name, () -> plan.scheme(scheme));
            }
            for (Modifier modifier : modifiers(keys, currency)) {
                keys.at(modifier.name(), () -> plan.modifier(modifier));
            }
            return new PlanDefinition(currency, keys.at("indicators", scorecard::build), keys.at("schemes", plan::build),
                    new LinkedHashSet<>(keys.list("inputs")));
        } catch (PlanException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PlanException(fileName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the pay line names in the order a payout lists them: the salary, the schemes, then
     * the modifiers in the order they apply.
     *
     * @return the names, not null
     */
    public List<String> lineNames() {
        List<String> names = new ArrayList<>();
        names.add("salary");
        payPlan.schemes().forEach(s -> names.add(s.name()));
        payPlan.modifiers().forEach(m -> names.add(m.name()));
        return names;
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency code " + Problem.show(code)
                    + " (an ISO 4217 code such as EUR)");
        }
    }

    private static Indicator indicator(Keys keys, String id) {
        String prefix = "indicator." + id + ".";
        String direction = keys.required(prefix + "direction").toLowerCase(Locale.ROOT);
        if (!direction.equals("higher") && !direction.equals("lower")) {
            throw keys.fail(prefix + "direction", "must be 'higher' or 'lower', not " + Problem.show(direction));
        }
        return new Indicator(id, keys.optional(prefix + "name", id), keys.choice(prefix + "unit", Unit.class),
                direction.equals("higher") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, null, null);
    }

    private static ScoringCurve curve(Keys keys, String key) {
        String[] words = keys.required(key).split("\\s+");
        BigDecimal parameter = words.length > 1 ? keys.number(key, words[1]) : null;
        if (words.length > 2) {
            throw keys.fail(key, "a curve is written as a name and at most one number, such as 'two-slope 150'");
        }
        return keys.at(key, () -> switch (words[0]) {
            case "ratio" -> new RatioCurve(parameter);
            case "linear" -> new LinearCurve(parameter);
            case "two-slope" -> {
                if (parameter == null) {
                    throw new IllegalArgumentException("a two-slope curve needs its maximum, e.g. 'two-slope 150'");
                }
                yield new TwoSlopeCurve(parameter);
            }
            default -> throw new IllegalArgumentException("unknown curve " + Problem.show(words[0])
                    + " (ratio, linear or two-slope)");
        });
    }

    private static Scheme scheme(Keys keys, Currency currency, String name) {
        String prefix = "scheme." + name + ".";
        String type = keys.required(prefix + "type");
        Measure measure = measure(keys, prefix + "measure");
        switch (type) {
            case "tiered-retroactive", "tiered-marginal" -> {
                TieredScheme.Payment payment = keys.choice(prefix + "payment", TieredScheme.Payment.class);
                Measure turnover = payment == TieredScheme.Payment.PERCENT_OF_TURNOVER
                        ? measure(keys, prefix + "turnover") : null;
                Bands tiers = bands(keys, prefix + "tiers");
                return keys.at("scheme." + name, () -> type.equals("tiered-retroactive")
                        ? TieredScheme.retroactive(name, measure, tiers, payment, turnover)
                        : TieredScheme.marginal(name, measure, tiers, payment, turnover));
            }
            case "linear" -> {
                Money planned = money(keys, currency, prefix + "planned-bonus");
                BigDecimal base = keys.decimal(prefix + "base", false);
                BigDecimal cap = keys.decimal(prefix + "cap", false);
                return keys.at("scheme." + name, () -> {
                    LinearScheme linear = LinearScheme.of(name, measure, planned);
                    linear = base == null ? linear : linear.withBase(base);
                    return cap == null ? linear : linear.withCap(Money.of(currency, cap));
                });
            }
            case "fixed" -> {
                BigDecimal level = keys.decimal(prefix + "level", true);
                Money amount = money(keys, currency, prefix + "amount");
                return keys.at("scheme." + name, () -> FixedScheme.of(name,
                        Condition.atLeast(measure, level.toPlainString()), amount));
            }
            default -> throw keys.fail(prefix + "type", "unknown scheme type " + Problem.show(type)
                    + " (tiered-retroactive, tiered-marginal, linear or fixed)");
        }
    }

    private static List<Modifier> modifiers(Keys keys, Currency currency) {
        List<Modifier> out = new ArrayList<>();
        for (String name : keys.list("gates")) {
            String prefix = "gate." + name + ".";
            Measure measure = measure(keys, prefix + "measure");
            BigDecimal minimum = keys.decimal(prefix + "minimum", true);
            BigDecimal factor = keys.decimal(prefix + "factor", true);
            out.add(keys.at("gate." + name, () -> {
                Condition condition = Condition.atLeast(measure, minimum.toPlainString());
                return factor.signum() == 0 ? Gate.zeroUnless(name, condition)
                        : Gate.reduceUnless(name, condition, factor.toPlainString());
            }));
        }
        for (String name : keys.list("deductions")) {
            String prefix = "deduction." + name + ".";
            Measure units = measure(keys, prefix + "units");
            Money perUnit = money(keys, currency, prefix + "per-unit");
            out.add(keys.at("deduction." + name, () -> Deduction.perUnit(name, units, perUnit)));
        }
        BigDecimal variableFloor = keys.decimal("floor.variable", false);
        BigDecimal variableCap = keys.decimal("cap.variable", false);
        if (variableFloor != null || variableCap != null) {
            out.add(keys.at(variableCap != null ? "cap.variable" : "floor.variable", () -> new VariableLimits(
                    "variable limits", variableFloor == null ? null : Money.of(currency, variableFloor),
                    variableCap == null ? null : Money.of(currency, variableCap))));
        }
        BigDecimal totalFloor = keys.decimal("floor.total", false);
        BigDecimal totalCap = keys.decimal("cap.total", false);
        if (totalFloor != null || totalCap != null) {
            out.add(keys.at(totalCap != null ? "cap.total" : "floor.total", () -> new TotalLimits("total limits",
                    totalFloor == null ? null : Money.of(currency, totalFloor),
                    totalCap == null ? null : Money.of(currency, totalCap))));
        }
        return out;
    }

    private static Measure measure(Keys keys, String key) {
        String text = keys.required(key);
        if (text.equals("rating")) {
            return Measure.rating();
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String id = colon < 0 ? "" : text.substring(colon + 1).trim();
        return keys.at(key, () -> switch (kind) {
            case "index" -> Measure.index(id);
            case "fact" -> Measure.fact(id);
            case "attainment" -> Measure.attainment(id);
            case "input" -> Measure.input(id);
            default -> throw new IllegalArgumentException("unknown measure " + Problem.show(text)
                    + " (rating, index:ID, fact:ID, attainment:ID or input:NAME)");
        });
    }

    private static Bands bands(Keys keys, String key) {
        List<String> rows = keys.list(key);
        if (rows.isEmpty()) {
            throw keys.fail(key, "at least one tier 'lower:value' is needed");
        }
        BigDecimal[][] cells = new BigDecimal[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            String[] parts = rows.get(i).split(":", -1);
            if (parts.length != 2) {
                throw keys.fail(key, "tier " + Problem.show(rows.get(i)) + " must be written lower:value");
            }
            cells[i] = new BigDecimal[] {keys.number(key, parts[0].trim()), keys.number(key, parts[1].trim())};
        }
        return keys.at(key, () -> {
            Bands.Builder builder = Bands.from(cells[0][0]);
            for (int i = 0; i < cells.length - 1; i++) {
                builder.upTo(cells[i + 1][0], cells[i][1]);
            }
            return builder.andAbove(cells[cells.length - 1][1]);
        });
    }

    private static Money money(Keys keys, Currency currency, String key) {
        BigDecimal amount = keys.decimal(key, true);
        return keys.at(key, () -> Money.of(currency, amount));
    }

    /** An error in a definition file, its message already naming the file, line and key. */
    private static final class PlanException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        PlanException(String message) {
            super(message);
        }

        PlanException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The keys of a definition file, with the line each was given on, and messages that name them. */
    private static final class Keys {
        /** The most characters of a name in a list (an indicator id, a scheme name). */
        private static final int MAX_NAME_LENGTH = 100;

        private final String file;
        private final Properties properties;
        /** The logical lines (a line and the lines it continues onto), by the number of their first line. */
        private final Map<Integer, String> logicalLines;
        /** The line of each key, worked out on the first error. */
        private Map<String, Integer> lines;

        private Keys(String file, Properties properties, Map<Integer, String> logicalLines) {
            this.file = file;
            this.properties = properties;
            this.logicalLines = logicalLines;
        }

        /**
         * Loads a properties file, naming the line that is not UTF-8 or not a property. The line of
         * each key is worked out only when a message needs it.
         */
        static Keys load(String file, byte[] bytes) {
            TextLines.Decoded decoded = TextLines.decode(bytes);
            if (decoded.fileProblem() != null) {
                throw new PlanException(file + ": " + decoded.fileProblem());
            }
            List<TextLines.Line> physical = decoded.lines();
            Map<Integer, String> logicalLines = new LinkedHashMap<>();
            StringBuilder all = new StringBuilder();
            int i = 0;
            while (i < physical.size()) {
                TextLines.Line first = physical.get(i);
                StringBuilder logical = new StringBuilder(first.text());
                int last = i;
                boolean comment = isComment(first.text());
                while (!comment && continues(physical.get(last).text()) && last + 1 < physical.size()) {
                    last++;
                    logical.append('\n').append(physical.get(last).text());
                }
                for (int k = i; k <= last; k++) {
                    TextLines.Line line = physical.get(k);
                    if (line.encodingProblem() != null) {
                        throw new PlanException(file + ":" + line.number() + ": " + line.encodingProblem());
                    }
                }
                logicalLines.put(first.number(), logical.toString());
                all.append(logical).append('\n');
                i = last + 1;
            }
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(all.toString()));
            } catch (IllegalArgumentException e) {
                for (Map.Entry<Integer, String> line : logicalLines.entrySet()) {
                    try {
                        new Properties().load(new StringReader(line.getValue()));
                    } catch (IllegalArgumentException | IOException lineError) {
                        throw new PlanException(file + ":" + line.getKey() + ": the line is not a property ("
                                + lineError.getMessage() + ")", lineError);
                    }
                }
                throw new PlanException(file + ": the file is not a properties file (" + e.getMessage() + ")", e);
            } catch (IOException e) {
                throw new IllegalStateException("reading a string failed", e);
            }
            return new Keys(file, properties, logicalLines);
        }

        private Map<String, Integer> lines() {
            if (lines == null) {
                lines = new HashMap<>();
                for (Map.Entry<Integer, String> line : logicalLines.entrySet()) {
                    Properties one = new Properties();
                    try {
                        one.load(new StringReader(line.getValue()));
                    } catch (IllegalArgumentException | IOException e) {
                        continue;
                    }
                    one.stringPropertyNames().forEach(key -> lines.put(key, line.getKey()));
                }
            }
            return lines;
        }

        private static boolean isComment(String text) {
            String start = text.stripLeading();
            return start.startsWith("#") || start.startsWith("!");
        }

        private static boolean continues(String text) {
            int backslashes = 0;
            for (int k = text.length() - 1; k >= 0 && text.charAt(k) == '\\'; k--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        /** An error about a key (or a group of keys, such as "indicator.revenue"), at its line. */
        PlanException fail(String key, String reason) {
            int line = line(key);
            return new PlanException(file + (line > 0 ? ":" + line : "") + ": " + key + ": " + reason);
        }

        /** Runs a step, turning any error it throws into one that names the key and its line. */
        <T> T at(String key, Supplier<T> step) {
            try {
                return step.get();
            } catch (PlanException e) {
                throw e;
            } catch (RuntimeException e) {
                PlanException named = fail(key, String.valueOf(e.getMessage()));
                named.initCause(e);
                throw named;
            }
        }

        private int line(String key) {
            Integer exact = lines().get(key);
            if (exact != null) {
                return exact;
            }
            return lines().entrySet().stream().filter(e -> e.getKey().startsWith(key + "."))
                    .mapToInt(Map.Entry::getValue).min().orElse(0);
        }

        String required(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new PlanException(file + ": the key '" + key + "' is missing");
            }
            return value.trim();
        }

        String optional(String key, String fallback) {
            String value = properties.getProperty(key);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        BigDecimal decimal(String key, boolean required) {
            String value = required ? required(key) : properties.getProperty(key);
            return value == null || value.isBlank() ? null : number(key, value.trim());
        }

        BigDecimal number(String key, String text) {
            try {
                return DecimalText.parse(text, "");
            } catch (IllegalArgumentException e) {
                throw fail(key, e.getMessage());
            }
        }

        <E extends Enum<E>> E choice(String key, Class<E> type) {
            String text = required(key);
            String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            List<String> names = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            throw fail(key, "unknown value " + Problem.show(text) + " (" + String.join(", ", names) + ")");
        }

        List<String> list(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            List<String> names = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            for (String name : names) {
                if (name.length() > MAX_NAME_LENGTH) {
                    throw fail(key, "the name " + Problem.show(name) + " is longer than " + MAX_NAME_LENGTH
                            + " characters");
                }
            }
            return names;
        }
    }
}
