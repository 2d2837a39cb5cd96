package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeeStatementsTest {

    @Test
    void writesFourPagesAndPrintsTheirPaths(@TempDir Path directory) throws Exception {
        String out = Console.capture(() -> EmployeeStatements.main(new String[] {directory.toString()}));
        List<String> lines = out.lines().toList();
        assertEquals(5, lines.size(), out);
        String[][] expected = {
            {"statement-en.html", "lang=\"en\"", "Total to be paid", "$8,800.00", "Revenue as % of plan 112%"},
            {"statement-ru-RU.html", "lang=\"ru\"", "Итого к выплате", "8\u00A0800,00\u00A0₽", "«Выручка», % плана 112\u00A0%"},
            {"statement-de-DE.html", "lang=\"de\"", "Auszahlung gesamt", "8.800,00\u00A0€", "Umsatz in % vom Ziel 112\u00A0%"},
            {"statement-pt-BR.html", "lang=\"pt-BR\"", "Total a receber", "R$\u00A08.800,00", "Faturamento em % da meta 112%"},
        };
        for (int i = 0; i < expected.length; i++) {
            Path file = Path.of(lines.get(i + 1));
            assertEquals(directory.resolve(expected[i][0]).toAbsolutePath(), file);
            String html = Files.readString(file, StandardCharsets.UTF_8);
            for (int k = 1; k < expected[i].length; k++) {
                assertTrue(html.contains(expected[i][k]), expected[i][0] + " lacks " + expected[i][k]);
            }
            assertTrue(html.contains("<svg") && !html.contains("<script"), expected[i][0]);
        }
    }
}
