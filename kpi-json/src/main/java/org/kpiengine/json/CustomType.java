package org.kpiengine.json;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.pay.CustomScheme;

/**
 * An integrator's own curve or scheme, as the plan format knows it: a {@code type} name, the
 * class, a factory from the {@code parameters} object, and the parameters of an instance.
 *
 * <pre>{@code
 * CustomType<PowerCurve> power = CustomType.curve("power", PowerCurve.class,
 *         parameters -> new PowerCurve(parameters.decimal("exponent")),
 *         curve -> Map.of("exponent", curve.exponent()));
 * PlanJson json = PlanJson.builder().customCurve(power).build();
 * }</pre>
 *
 * <p>In a document the curve is written {@code {"type": "power", "parameters": {"exponent": "0.5"}}}.
 * A parameter value is a {@link BigDecimal} (written as a decimal string), a {@link String} or a
 * {@link Boolean}; a null value is left out. For {@code read(write(plan))} to equal the plan, the class needs an
 * {@code equals} that compares the parameters. A lambda has no class a document can name, so it
 * cannot be written; give the curve a named class.
 *
 * @param <T> the class of the curve or scheme
 * @since 0.1.0
 */
public final class CustomType<T> {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

    private final String name;
    private final Class<T> type;
    private final Function<Parameters, ? extends T> factory;
    private final Function<? super T, ? extends Map<String, ?>> parameters;

    private CustomType(String name, Class<T> type, Function<Parameters, ? extends T> factory,
            Function<? super T, ? extends Map<String, ?>> parameters) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("custom type name '" + name
                    + "' must be lower-case letters, digits, '-' or '.', starting with a letter or digit");
        }
    }

    /**
     * Describes a custom curve.
     *
     * @param <C> the curve class
     * @param name the {@code type} name in documents, lower case with hyphens, not a built-in name, not null
     * @param type the curve class, not null
     * @param factory builds a curve from its parameters, not null
     * @param parameters gives the parameters of a curve, by name, not null
     * @return the custom type, not null
     * @throws IllegalArgumentException if the name is not lower case with hyphens
     */
    public static <C extends CustomCurve> CustomType<C> curve(String name, Class<C> type,
            Function<Parameters, ? extends C> factory, Function<? super C, ? extends Map<String, ?>> parameters) {
        return new CustomType<>(name, type, factory, parameters);
    }

    /**
     * Describes a custom scheme. Its {@link CustomScheme#name()} is the pay line's name; if it
     * varies by instance, make it a parameter.
     *
     * @param <S> the scheme class
     * @param name the {@code type} name in documents, lower case with hyphens, not a built-in name, not null
     * @param type the scheme class, not null
     * @param factory builds a scheme from its parameters, not null
     * @param parameters gives the parameters of a scheme, by name, not null
     * @return the custom type, not null
     * @throws IllegalArgumentException if the name is not lower case with hyphens
     */
    public static <S extends CustomScheme> CustomType<S> scheme(String name, Class<S> type,
            Function<Parameters, ? extends S> factory, Function<? super S, ? extends Map<String, ?>> parameters) {
        return new CustomType<>(name, type, factory, parameters);
    }

    /**
     * Returns the {@code type} name in documents.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the class.
     *
     * @return the class, not null
     */
    public Class<T> type() {
        return type;
    }

    /** The mapper of this type: parameters in a nested object, every one of them read. */
    <F> Mapper<F> mapper() {
        CustomType<T> self = this;
        return new Mapper<>() {
            @Override
            public String type() {
                return name;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Class<? extends F> javaType() {
                return (Class<? extends F>) type;
            }

            @Override
            @SuppressWarnings("unchecked")
            public F read(In in, Codec codec) {
                In object = in.optionalObject("parameters");
                In params = object == null ? In.object(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                        in.pointer("parameters")) : object;
                T value = params.build(() -> {
                    T built;
                    try {
                        built = factory.apply(new Parameters(params));
                    } catch (KpiInputException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        throw new PlanJsonException(Reason.CUSTOM_CODE_FAILED, null, params.pointer(), null,
                                "the factory of custom type '" + name + "' failed: " + e, e);
                    }
                    if (built == null) {
                        throw new PlanJsonException(Reason.CUSTOM_CODE_FAILED, null, params.pointer(), null,
                                "the factory of custom type '" + name + "' returned null", null);
                    }
                    return built;
                });
                params.done();
                return (F) value;
            }

            @Override
            public void write(F value, tools.jackson.databind.node.ObjectNode out, Codec codec) {
                Map<String, ?> values = Objects.requireNonNull(self.parameters.apply(self.type.cast(value)),
                        () -> "the parameters of custom type '" + name + "'");
                if (values.isEmpty()) {
                    return;
                }
                tools.jackson.databind.node.ObjectNode params = out.putObject("parameters");
                values.keySet().stream().sorted().forEach(key -> {
                    Object v = values.get(key);
                    if (v == null) {
                        return;
                    }
                    if (v instanceof BigDecimal decimal) {
                        params.put(key, Codec.text(decimal));
                    } else if (v instanceof String text) {
                        params.put(key, text);
                    } else if (v instanceof Boolean bool) {
                        params.put(key, bool);
                    } else {
                        throw new IllegalArgumentException("parameter '" + key + "' of custom type '" + name
                                + "' must be a BigDecimal, a String or a Boolean, not " + v.getClass().getName());
                    }
                });
            }
        };
    }
}
