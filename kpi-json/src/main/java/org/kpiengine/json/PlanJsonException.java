package org.kpiengine.json;

import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;

/**
 * A JSON document that cannot be read: malformed JSON, a missing, unknown or mistyped member, an
 * unknown {@code type}, or a value the model refuses. The {@link #pointer()} (a JSON Pointer,
 * RFC 6901) names the place in the document, such as {@code /indicators/2/thresholds/plan}; the
 * message starts with it, and {@link #field()} returns it too, so code that handles any
 * {@link KpiInputException} still learns where the fault is.
 *
 * <p>When the model refuses a value (a plan equal to the base, bands with a gap), the model's
 * own exception is the {@linkplain #getCause() cause} and its {@link #reason()},
 * {@link #indicatorId()} and {@link #value()} are carried over.
 *
 * @since 0.1.0
 */
public final class PlanJsonException extends KpiInputException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the place in the document. */
    private final String pointer;

    /**
     * Creates an exception.
     *
     * @param reason the reason, not null
     * @param indicatorId the indicator id, null if none applies
     * @param pointer the JSON Pointer of the place, "" for the whole document, not null
     * @param value the offending value, null if none
     * @param message the rule broken, without the pointer, not null
     * @param cause the model's exception, null if none
     */
    public PlanJsonException(Reason reason, @Nullable String indicatorId, String pointer, @Nullable String value,
            String message, @Nullable Throwable cause) {
        super(reason, indicatorId, pointer, value, (pointer.isEmpty() ? "/" : pointer) + ": " + message, cause);
        this.pointer = pointer;
    }

    /**
     * Returns the JSON Pointer of the place in the document, such as
     * {@code /indicators/2/thresholds/plan}; the empty string means the whole document.
     *
     * @return the pointer, not null
     */
    public String pointer() {
        return pointer;
    }
}
