package org.kpiengine.examples.files;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
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
     * @param reader the file, not null
     * @return the definition, not null
     * @throws IllegalArgumentException naming the file and key if a key is missing or malformed
     */
    public static PlanDefinition read(String fileName, Reader reader) {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Keys keys = new Keys(fileName, p);
        try {
            Currency currency = Currency.getInstance(keys.required("currency"));
            Scorecard.Builder scorecard = Scorecard.builder();
            for (String id : keys.list("indicators")) {
                scorecard.add(indicator(keys, id), keys.required("indicator." + id + ".weight"),
                        new Thresholds(keys.decimal("indicator." + id + ".base"),
                                new BigDecimal(keys.required("indicator." + id + ".plan")),
                                keys.decimal("indicator." + id + ".target")),
                        curve(keys, "indicator." + id + ".curve"));
            }
            PayPlan.Builder plan = PayPlan.builder();
            for (String name : keys.list("schemes")) {
                plan.scheme(scheme(keys, currency, name));
            }
            for (Modifier modifier : modifiers(keys, currency)) {
                plan.modifier(modifier);
            }
            return new PlanDefinition(currency, scorecard.build(), plan.build(),
                    new LinkedHashSet<>(keys.list("inputs")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
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

    private static Indicator indicator(Keys keys, String id) {
        String prefix = "indicator." + id + ".";
        String direction = keys.required(prefix + "direction").toLowerCase(Locale.ROOT);
        if (!direction.equals("higher") && !direction.equals("lower")) {
            throw new IllegalArgumentException(prefix + "direction must be 'higher' or 'lower', not '" + direction + "'");
        }
        return new Indicator(id, keys.optional(prefix + "name", id),
                Unit.valueOf(keys.required(prefix + "unit").toUpperCase(Locale.ROOT)),
                direction.equals("higher") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, null, null);
    }

    private static ScoringCurve curve(Keys keys, String key) {
        String[] words = keys.required(key).trim().split("\\s+");
        BigDecimal parameter = words.length > 1 ? new BigDecimal(words[1]) : null;
        switch (words[0]) {
            case "ratio":
                return new RatioCurve(parameter);
            case "linear":
                return new LinearCurve(parameter);
            case "two-slope":
                if (parameter == null) {
                    throw new IllegalArgumentException(key + ": a two-slope curve needs its maximum, e.g. 'two-slope 150'");
                }
                return new TwoSlopeCurve(parameter);
            default:
                throw new IllegalArgumentException(key + ": unknown curve '" + words[0]
                        + "' (ratio, linear or two-slope)");
        }
    }

    private static Scheme scheme(Keys keys, Currency currency, String name) {
        String prefix = "scheme." + name + ".";
        String type = keys.required(prefix + "type");
        Measure measure = measure(keys, prefix + "measure");
        switch (type) {
            case "tiered-retroactive":
            case "tiered-marginal": {
                TieredScheme.Payment payment = TieredScheme.Payment.valueOf(
                        keys.required(prefix + "payment").toUpperCase(Locale.ROOT).replace('-', '_'));
                Measure turnover = payment == TieredScheme.Payment.PERCENT_OF_TURNOVER
                        ? measure(keys, prefix + "turnover") : null;
                Bands tiers = bands(keys, prefix + "tiers");
                return type.equals("tiered-retroactive")
                        ? TieredScheme.retroactive(name, measure, tiers, payment, turnover)
                        : TieredScheme.marginal(name, measure, tiers, payment, turnover);
            }
            case "linear": {
                LinearScheme linear = LinearScheme.of(name, measure, money(keys, currency, prefix + "planned-bonus"));
                BigDecimal base = keys.decimal(prefix + "base");
                BigDecimal cap = keys.decimal(prefix + "cap");
                linear = base == null ? linear : linear.withBase(base);
                return cap == null ? linear : linear.withCap(Money.of(currency, cap));
            }
            case "fixed":
                return FixedScheme.of(name, Condition.atLeast(measure, keys.required(prefix + "level")),
                        money(keys, currency, prefix + "amount"));
            default:
                throw new IllegalArgumentException(prefix + "type: unknown scheme type '" + type
                        + "' (tiered-retroactive, tiered-marginal, linear or fixed)");
        }
    }

    private static List<Modifier> modifiers(Keys keys, Currency currency) {
        List<Modifier> out = new ArrayList<>();
        for (String name : keys.list("gates")) {
            String prefix = "gate." + name + ".";
            Condition condition = Condition.atLeast(measure(keys, prefix + "measure"), keys.required(prefix + "minimum"));
            BigDecimal factor = new BigDecimal(keys.required(prefix + "factor"));
            out.add(factor.signum() == 0 ? Gate.zeroUnless(name, condition)
                    : Gate.reduceUnless(name, condition, factor.toPlainString()));
        }
        for (String name : keys.list("deductions")) {
            String prefix = "deduction." + name + ".";
            out.add(Deduction.perUnit(name, measure(keys, prefix + "units"), money(keys, currency, prefix + "per-unit")));
        }
        BigDecimal variableFloor = keys.decimal("floor.variable");
        BigDecimal variableCap = keys.decimal("cap.variable");
        if (variableFloor != null || variableCap != null) {
            out.add(new VariableLimits("variable limits", variableFloor == null ? null : Money.of(currency, variableFloor),
                    variableCap == null ? null : Money.of(currency, variableCap)));
        }
        BigDecimal totalFloor = keys.decimal("floor.total");
        BigDecimal totalCap = keys.decimal("cap.total");
        if (totalFloor != null || totalCap != null) {
            out.add(new TotalLimits("total limits", totalFloor == null ? null : Money.of(currency, totalFloor),
                    totalCap == null ? null : Money.of(currency, totalCap)));
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
        switch (kind) {
            case "index":
                return Measure.index(id);
            case "fact":
                return Measure.fact(id);
            case "attainment":
                return Measure.attainment(id);
            case "input":
                return Measure.input(id);
            default:
                throw new IllegalArgumentException(key + ": unknown measure '" + text
                        + "' (rating, index:ID, fact:ID, attainment:ID or input:NAME)");
        }
    }

    private static Bands bands(Keys keys, String key) {
        List<String> rows = keys.list(key);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(key + ": at least one tier 'lower:value' is needed");
        }
        String[][] cells = new String[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            cells[i] = rows.get(i).split(":");
            if (cells[i].length != 2) {
                throw new IllegalArgumentException(key + ": tier '" + rows.get(i) + "' must be written lower:value");
            }
        }
        Bands.Builder builder = Bands.from(cells[0][0].trim());
        for (int i = 0; i < cells.length - 1; i++) {
            builder.upTo(cells[i + 1][0].trim(), cells[i][1].trim());
        }
        return builder.andAbove(cells[cells.length - 1][1].trim());
    }

    private static Money money(Keys keys, Currency currency, String key) {
        return Money.of(currency, new BigDecimal(keys.required(key)));
    }

    /** Reads keys with messages that name them. */
    private static final class Keys {
        private final String file;
        private final Properties properties;

        Keys(String file, Properties properties) {
            this.file = file;
            this.properties = properties;
        }

        String required(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the key '" + key + "' is missing from " + file);
            }
            return value.trim();
        }

        String optional(String key, String fallback) {
            String value = properties.getProperty(key);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        BigDecimal decimal(String key) {
            String value = properties.getProperty(key);
            try {
                return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the key '" + key + "' holds '" + value + "', not a number");
            }
        }

        List<String> list(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
