package org.kpiengine.batch;

/**
 * Thrown inside the kernel when a row needs the object path; shared and without a stack trace,
 * so that signalling costs no allocation.
 */
final class ObjectPathSignal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The one instance. */
    static final ObjectPathSignal INSTANCE = new ObjectPathSignal();

    private ObjectPathSignal() {
        super("the row needs the object path", null, false, false);
    }
}
