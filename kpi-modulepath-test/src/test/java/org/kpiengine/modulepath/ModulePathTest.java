package org.kpiengine.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kpiengine.explain.Explanation;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Scorecard;

class ModulePathTest {

    @Test
    void theLibraryIsANamedModuleOnTheModulePath() {
        Module core = Scorecard.class.getModule();
        assertTrue(core.isNamed(), () -> "kpi-core is in " + core + ", not on the module path");
        assertEquals("org.kpiengine.core", core.getName());
        Module consumer = ModulePathConsumer.class.getModule();
        assertEquals("org.kpiengine.modulepath", consumer.getName());
        assertTrue(consumer.canRead(core));
        assertTrue(core.getDescriptor() != null && !core.getDescriptor().isAutomatic());
    }

    @Test
    void jspecifyIsReadThroughTheLibrary() {
        Module jspecify = Nullable.class.getModule();
        assertEquals("org.jspecify", jspecify.getName());
        assertTrue(ModulePathConsumer.class.getModule().canRead(jspecify));
    }

    @Test
    void onlyTheApiPackagesAreExported() {
        Module core = Scorecard.class.getModule();
        assertTrue(core.isExported("org.kpiengine.scorecard"));
        assertTrue(core.isExported("org.kpiengine.explain"));
        assertFalse(core.isExported("org.kpiengine.internal"));
        // The batch kernel is package-private inside the exported batch package, not a package of its own.
        assertFalse(core.getPackages().contains("org.kpiengine.internal.batch"));
    }

    @Test
    void aConsumerModuleComputesAndExplainsAMonth() {
        Explanation month = ModulePathConsumer.month(null);
        assertEquals(0, new BigDecimal("104").compareTo(month.evaluation().rating()));
        Payout payout = Objects.requireNonNull(month.payout());
        assertEquals(Money.of("EUR", "3300"), payout.total());
        assertTrue(month.toText().contains("rating 104.0000 %"), month::toText);
        Map<String, Object> data = month.toData();
        assertEquals(Explanation.DATA_FORMAT_VERSION, data.get("formatVersion"));
        assertEquals("104.0000", data.get("rating"));
        assertEquals("3300.00", ((Map<?, ?>) data.get("payout")).get("total"));
        assertEquals("4500.00", ((Map<?, ?>) ModulePathConsumer.month("4090.91").toData().get("payout")).get("total"));
    }

    @Test
    void theConsumerRunsAsAnApplicationOnTheModulePath() throws IOException, InterruptedException {
        // The module path this test runs on: the consumer's classes, kpi-core and jspecify, as Maven resolves them.
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isEmpty(), "the tests do not run on the module path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-p", modulePath,
                "-m", "org.kpiengine.modulepath/org.kpiengine.modulepath.ModulePathConsumer"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the consumer did not finish");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("rating 104.0000 %"), output);
        assertTrue(output.endsWith("salary EUR 3000.00, variable EUR 300.00, total EUR 3300.00\n"), output);
    }
}
