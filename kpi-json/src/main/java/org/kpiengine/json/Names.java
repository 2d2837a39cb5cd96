package org.kpiengine.json;

import java.util.Locale;
import java.util.StringJoiner;

/** How enumeration constants are spelt in the format: lower case with hyphens. */
final class Names {

    private Names() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String all(Class<? extends Enum<?>> type) {
        StringJoiner out = new StringJoiner(", ");
        for (Enum<?> constant : type.getEnumConstants()) {
            out.add("'" + of(constant) + "'");
        }
        return out.toString();
    }
}
