package org.kpiengine.json;

import java.util.Locale;
import java.util.StringJoiner;

/** How enumeration constants are spelt in the format: lower case with hyphens. */
final class Names {

    /** The spellings of each enumeration's constants, by ordinal, worked out once per class. */
    private static final ClassValue<String[]> SPELLINGS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] out = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                out[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return out;
        }
    };

    private Names() {
    }

    static String of(Enum<?> constant) {
        return SPELLINGS.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    static String all(Class<? extends Enum<?>> type) {
        StringJoiner out = new StringJoiner(", ");
        for (String name : SPELLINGS.get(type)) {
            out.add("'" + name + "'");
        }
        return out.toString();
    }
}
