package org.kpiengine.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kpiengine.KpiInputException.Reason;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One family of typed objects (curves, schemes, modifiers, conditions, measures): its mappers by
 * {@code type} name. Reading looks the mapper up by {@code type}; writing by the value's class.
 *
 * @param <T> the model family
 */
final class Family<T> {

    private final String noun;
    private final Map<String, Mapper<T>> byType = new LinkedHashMap<>();
    private final List<Mapper<T>> mappers = new ArrayList<>();

    Family(String noun) {
        this.noun = noun;
    }

    String noun() {
        return noun;
    }

    void register(Mapper<T> mapper) {
        if (byType.putIfAbsent(mapper.type(), mapper) != null) {
            throw new IllegalArgumentException("the " + noun + " type '" + mapper.type() + "' is registered twice");
        }
        for (Mapper<T> other : mappers) {
            if (other.javaType().equals(mapper.javaType())) {
                throw new IllegalArgumentException("the class " + mapper.javaType().getName() + " is registered twice, as '"
                        + other.type() + "' and '" + mapper.type() + "'");
            }
        }
        mappers.add(mapper);
    }

    boolean has(String type) {
        return byType.containsKey(type);
    }

    List<String> types() {
        return List.copyOf(byType.keySet());
    }

    T read(In in, Codec codec) {
        String type = in.text("type");
        Mapper<T> mapper = byType.get(type);
        if (mapper == null) {
            throw In.error(Reason.OTHER, in.pointer("type"), type, "unknown " + noun + " type '" + type + "'; known: "
                    + String.join(", ", byType.keySet()) + " (a custom type must be registered with PlanJson.builder())");
        }
        T value = mapper.read(in, codec);
        in.done();
        return value;
    }

    ObjectNode write(T value, Codec codec) {
        Mapper<T> mapper = mapperFor(value);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("type", mapper.type());
        mapper.write(value, out, codec);
        return out;
    }

    private Mapper<T> mapperFor(T value) {
        for (Mapper<T> mapper : mappers) {
            if (mapper.javaType() == value.getClass()) {
                return mapper;
            }
        }
        for (Mapper<T> mapper : mappers) {
            if (mapper.javaType().isInstance(value)) {
                return mapper;
            }
        }
        throw new PlanJsonException(Reason.OTHER, null, "", value.getClass().getName(), "the " + noun + " class "
                + value.getClass().getName() + " has no JSON form; register it as a custom type with PlanJson.builder()", null);
    }
}
