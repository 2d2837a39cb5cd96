package org.kpiengine.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's main in-process and returns what it printed. */
final class Console {

    /** A main method that may throw. */
    @FunctionalInterface
    interface Program {
        void run() throws Exception;
    }

    private Console() {
    }

    static synchronized String capture(Program program) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            program.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
