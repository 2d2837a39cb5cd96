package org.kpiengine.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

import tools.jackson.databind.JsonNode;

/**
 * A cursor over one JSON object of a document: typed reads of its members, each error carrying
 * the JSON Pointer of the member, and a final {@link #done()} that refuses members nobody read.
 */
final class In {

    /** A decimal as the format writes it: optional minus, digits, optional fraction; no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Longer decimal texts are refused before parsing; the model refuses magnitudes of 10^1000 anyway. */
    static final int MAX_DECIMAL_LENGTH = 1100;

    private final JsonNode node;
    private final String pointer;
    private final Set<String> read = new HashSet<>();

    private In(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    /** A cursor over an object, or an error if the node is not one. */
    static In object(JsonNode node, String pointer) {
        if (!node.isObject()) {
            throw error(Reason.OTHER, pointer, null, "must be an object, not " + describe(node));
        }
        return new In(node, pointer);
    }

    String pointer() {
        return pointer;
    }

    String pointer(String member) {
        return child(pointer, member);
    }

    static String child(String pointer, String member) {
        return pointer + "/" + member.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** Whether the member is present and not null; the member counts as read. */
    boolean has(String member) {
        read.add(member);
        JsonNode value = node.get(member);
        return value != null && !value.isNull();
    }

    private @Nullable JsonNode optional(String member) {
        read.add(member);
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode required(String member) {
        JsonNode value = optional(member);
        if (value == null) {
            throw error(Reason.OTHER, pointer(member), null, "the member '" + member + "' is required");
        }
        return value;
    }

    String text(String member) {
        return text(required(member), pointer(member));
    }

    @Nullable String optionalText(String member) {
        JsonNode value = optional(member);
        return value == null ? null : text(value, pointer(member));
    }

    private static String text(JsonNode value, String at) {
        if (!value.isString()) {
            throw error(Reason.OTHER, at, null, "must be a string, not " + describe(value));
        }
        return value.stringValue();
    }

    boolean bool(String member, boolean absent) {
        JsonNode value = optional(member);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw error(Reason.OTHER, pointer(member), null, "must be true or false, not " + describe(value));
        }
        return value.booleanValue();
    }

    int integer(String member, int absent, int min, int max) {
        JsonNode value = optional(member);
        if (value == null) {
            return absent;
        }
        if (!value.isIntegralNumber()) {
            throw error(Reason.OTHER, pointer(member), null, "must be a JSON integer, not " + describe(value));
        }
        BigInteger integer = value.bigIntegerValue();
        if (integer.compareTo(BigInteger.valueOf(min)) < 0 || integer.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(Reason.OUT_OF_RANGE, pointer(member), integer.toString(),
                    "must be a whole number from " + min + " to " + max + ", not " + integer);
        }
        return integer.intValueExact();
    }

    BigDecimal decimal(String member) {
        return decimal(required(member), pointer(member));
    }

    @Nullable BigDecimal optionalDecimal(String member) {
        JsonNode value = optional(member);
        return value == null ? null : decimal(value, pointer(member));
    }

    /**
     * A decimal: a string such as "0.4" or "500000", or a JSON integer. A JSON number with a
     * fraction or an exponent is refused: its text is not kept exactly by every JSON tool.
     */
    static BigDecimal decimal(JsonNode value, String at) {
        if (value.isIntegralNumber()) {
            BigInteger integer = value.bigIntegerValue();
            return new BigDecimal(integer);
        }
        if (value.isNumber()) {
            throw error(Reason.NOT_A_NUMBER, at, value.toString(), "the number " + value
                    + " must be written as a string, such as \"" + plainOrSame(value) + "\": decimals are strings"
                    + " (a JSON number with a fraction or an exponent is not exact in every JSON tool)");
        }
        if (!value.isString()) {
            throw error(Reason.NOT_A_NUMBER, at, null, "must be a decimal as a string, such as \"0.4\", not " + describe(value));
        }
        String text = value.stringValue();
        if (text.length() > MAX_DECIMAL_LENGTH || !DECIMAL.matcher(text).matches()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            throw error(Reason.NOT_A_NUMBER, at, shown, "'" + shown
                    + "' is not a decimal: write digits with an optional minus sign and decimal point, such as \"-12.5\""
                    + (text.length() > MAX_DECIMAL_LENGTH ? " (at most " + MAX_DECIMAL_LENGTH + " characters)" : ""));
        }
        return new BigDecimal(text);
    }

    private static String plainOrSame(JsonNode number) {
        try {
            return new BigDecimal(number.toString()).toPlainString();
        } catch (NumberFormatException e) {
            return number.toString();
        }
    }

    /** Money: an object {@code {"amount": "1234.50", "currency": "EUR"}}. */
    Money money(String member) {
        return money(object(member));
    }

    @Nullable Money optionalMoney(String member) {
        return has(member) ? money(member) : optionalNull(member);
    }

    private <T> @Nullable T optionalNull(String member) {
        read.add(member);
        return null;
    }

    static Money money(In in) {
        BigDecimal amount = in.decimal("amount");
        String code = in.text("currency");
        in.done();
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw error(Reason.INVALID_ID, in.pointer("currency"), code, "'" + code + "' is not an ISO 4217 currency code");
        }
        return in.build(() -> Money.of(currency, amount), "amount");
    }

    /** An enumeration constant written in lower case with hyphens: HIGHER_IS_BETTER is "higher-is-better". */
    <E extends Enum<E>> E enumeration(String member, Class<E> type) {
        String text = text(member);
        for (E constant : type.getEnumConstants()) {
            if (Names.of(constant).equals(text)) {
                return constant;
            }
        }
        throw error(Reason.OTHER, pointer(member), text, "'" + text + "' must be one of " + Names.all(type));
    }

    <E extends Enum<E>> @Nullable E optionalEnumeration(String member, Class<E> type) {
        return has(member) ? enumeration(member, type) : optionalNull(member);
    }

    In object(String member) {
        return In.object(required(member), pointer(member));
    }

    @Nullable In optionalObject(String member) {
        JsonNode value = optional(member);
        return value == null ? null : In.object(value, pointer(member));
    }

    /** The elements of an array member, each read by a function given the element and its pointer. */
    <T> List<T> array(String member, boolean nonEmpty, Function<Element, T> reader) {
        JsonNode value = required(member);
        String at = pointer(member);
        if (!value.isArray()) {
            throw error(Reason.OTHER, at, null, "must be an array, not " + describe(value));
        }
        if (nonEmpty && value.isEmpty()) {
            throw error(Reason.OTHER, at, null, "must not be empty");
        }
        List<T> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            out.add(reader.apply(new Element(value.get(i), child(at, i))));
        }
        return out;
    }

    <T> List<T> optionalArray(String member, Function<Element, T> reader) {
        return has(member) ? array(member, false, reader) : List.of();
    }

    /** One array element and its pointer. */
    record Element(JsonNode node, String pointer) {
        In object() {
            return In.object(node, pointer);
        }
    }

    /** Refuses members nobody read: an unknown member is an error, not ignored. */
    void done() {
        for (String name : node.propertyNames()) {
            if (!read.contains(name)) {
                throw error(Reason.OTHER, pointer(name), name, "unknown member '" + name + "'"
                        + (read.isEmpty() ? "" : "; this object takes " + String.join(", ", sorted(read))));
            }
        }
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }

    /**
     * Builds a model object, giving a refusal by the model the pointer of this object, or of the
     * member the model names when this object has it ({@code field()} such as "plan" or "cap").
     */
    <T> T build(Supplier<T> factory, String... fallbackMembers) {
        try {
            return factory.get();
        } catch (PlanJsonException e) {
            throw e;
        } catch (KpiInputException e) {
            throw wrap(e, fallbackMembers);
        }
    }

    PlanJsonException wrap(KpiInputException e, String... fallbackMembers) {
        String at = pointer;
        // field() names the member (indicatorId() holds only ever an indicator id).
        String field = e.field();
        if (field != null && node.has(field)) {
            at = pointer(field);
        } else if (fallbackMembers.length == 1 && node.has(fallbackMembers[0])) {
            at = pointer(fallbackMembers[0]);
        }
        return new PlanJsonException(e.reason(), e.indicatorId(), at, e.value(), e.getMessage(), e);
    }

    static PlanJsonException error(Reason reason, String pointer, @Nullable String value, String message) {
        return new PlanJsonException(reason, null, pointer, value, message, null);
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + node;
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
