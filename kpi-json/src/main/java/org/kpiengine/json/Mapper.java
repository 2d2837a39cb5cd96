package org.kpiengine.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * How one model type is read from and written to its JSON object: the {@code type} name, the
 * Java class, and the members. One mapper per type, registered in {@link Mappers}; the object's
 * {@code type} member and the refusal of unknown members are handled by {@link Family}.
 *
 * @param <T> the model family (curve, scheme, modifier, condition, measure)
 */
interface Mapper<T> {

    /** The value of the {@code type} member, such as "two-slope". */
    String type();

    /** The class this mapper writes; a value is written by the mapper whose class it is an instance of. */
    Class<? extends T> javaType();

    /** Reads the members of the object (other than {@code type}) and builds the value. */
    T read(In in, Codec codec);

    /** Writes the members of the value (other than {@code type}) into the object. */
    void write(T value, ObjectNode out, Codec codec);

    /** A mapper from two functions and a class. */
    static <T, V extends T> Mapper<T> of(String type, Class<V> javaType, Reader<V> reader, Writer<V> writer) {
        return new Mapper<>() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Class<? extends T> javaType() {
                return javaType;
            }

            @Override
            public T read(In in, Codec codec) {
                return reader.read(in, codec);
            }

            @Override
            public void write(T value, ObjectNode out, Codec codec) {
                writer.write(javaType.cast(value), out, codec);
            }
        };
    }

    /** Reads one type's members. */
    @FunctionalInterface
    interface Reader<V> {
        V read(In in, Codec codec);
    }

    /** Writes one type's members. */
    @FunctionalInterface
    interface Writer<V> {
        void write(V value, ObjectNode out, Codec codec);
    }
}
