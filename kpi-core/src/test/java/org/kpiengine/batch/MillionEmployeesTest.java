package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A batch of 1 000 000 employees (5 indicators with individual thresholds, a pay plan) completes
 * in a JVM limited to {@code -Xmx1g}: {@link MillionEmployees} runs in a forked JVM.
 */
class MillionEmployeesTest {

    @Test
    void completesWithOneGigabyteOfHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classPath = System.getProperty("java.class.path");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            classPath = classPath + File.pathSeparator + modulePath;
        }
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classPath, MillionEmployees.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), output);
        assertEquals("1000000 employees, 1000000 ok, 0 errors", output.strip(), output);
    }
}
