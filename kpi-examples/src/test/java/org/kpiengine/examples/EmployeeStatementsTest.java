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
        assertEquals(9, lines.size(), out);
        String[][] expected = {
            {"statement-en.html", "lang=\"en\"", "Total to be paid", "$8,800.00", "Revenue as % of plan 112%"},
            {"statement-ru-RU.html", "lang=\"ru\"", "Итого к выплате", "8\u00A0800,00\u00A0₽", "«Выручка», % плана 112\u00A0%"},
            {"statement-de-DE.html", "lang=\"de\"", "Auszahlung gesamt", "8.800,00\u00A0€", "Umsatz in % vom Ziel 112\u00A0%"},
            {"statement-pt-BR.html", "lang=\"pt-BR\"", "Total a receber", "R$\u00A08.800,00", "Faturamento em % da meta 112%"},
            // the third month of the quarter with a draw: 500 of the advance recovered, 1 000 left at the end
            {"statement-period-en.html", "lang=\"en\"", "Paid for the period", "$8,300.00", "Advance still to be paid back",
                "$1,000.00"},
            {"statement-period-ru-RU.html", "lang=\"ru\"", "Выплачено за период", "8\u00A0300,00\u00A0₽", "Долг по авансу",
                "1\u00A0000,00\u00A0₽"},
            {"statement-period-de-DE.html", "lang=\"de\"", "Ausgezahlt für den Zeitraum", "8.300,00\u00A0€",
                "Noch zu verrechnender Vorschuss", "1.000,00\u00A0€"},
            {"statement-period-pt-BR.html", "lang=\"pt-BR\"", "Pago no período", "R$\u00A08.300,00", "Adiantamento a descontar",
                "R$\u00A01.000,00"},
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
