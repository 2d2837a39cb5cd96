package org.kpiengine.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.pay.CustomScheme;
import org.kpiengine.pay.PayContext;

/** An integrator's own curve and scheme, and the {@link PlanJson} that knows them. */
final class TestTypes {

    private TestTypes() {
    }

    /** Attainment raised to a power (0.5 is the square root), times 100, optionally capped. */
    record PowerCurve(BigDecimal exponent, BigDecimal cap) implements CustomCurve {
        PowerCurve {
            Objects.requireNonNull(exponent, "exponent");
            if (exponent.signum() <= 0) {
                throw new KpiInputException(KpiInputException.Reason.INVALID_CURVE, null, "exponent", exponent.toPlainString(),
                        "exponent " + exponent.toPlainString() + " must be positive");
            }
            exponent = exponent.stripTrailingZeros();
            cap = cap.stripTrailingZeros();
        }

        @Override
        public BigDecimal score(Indicator indicator, Thresholds thresholds, BigDecimal fact) {
            if (fact.signum() <= 0) {
                return indicator.isHigherBetter() ? BigDecimal.ZERO : cap;
            }
            BigDecimal attainment = indicator.isHigherBetter()
                    ? fact.divide(thresholds.plan(), MathContext.DECIMAL64)
                    : thresholds.plan().divide(fact, MathContext.DECIMAL64);
            double power = Math.pow(attainment.doubleValue(), exponent.doubleValue());
            return new BigDecimal(Double.toString(power)).multiply(BigDecimal.valueOf(100));
        }

        @Override
        public void validate(Indicator indicator, Thresholds thresholds) {
            if (thresholds.plan().signum() <= 0) {
                throw new KpiInputException(KpiInputException.Reason.PLAN_NOT_POSITIVE, indicator.id(), "plan",
                        thresholds.plan().toPlainString(), "plan of '" + indicator.id() + "' must be positive for a power curve");
            }
        }

        @Override
        public BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
            return cap;
        }

        @Override
        public String describe() {
            return "attainment ^ " + exponent.toPlainString();
        }
    }

    /** A flat amount, with a name of its own. */
    record FlatScheme(String name, BigDecimal amount) implements CustomScheme {
        FlatScheme {
            amount = amount.stripTrailingZeros();
        }

        @Override
        public BigDecimal exactAmount(PayContext context) {
            return amount;
        }
    }

    static final CustomType<PowerCurve> POWER = CustomType.curve("power", PowerCurve.class,
            p -> new PowerCurve(p.decimal("exponent"), p.decimal("cap")),
            c -> Map.of("exponent", c.exponent(), "cap", c.cap()));

    static final CustomType<FlatScheme> FLAT = CustomType.scheme("flat", FlatScheme.class,
            p -> new FlatScheme(p.text("name"), p.decimal("amount")),
            s -> {
                Map<String, Object> out = new HashMap<>();
                out.put("name", s.name());
                out.put("amount", s.amount());
                return out;
            });

    static final PlanJson JSON = PlanJson.builder().customCurve(POWER).customScheme(FLAT).build();
}
