package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiengine.examples.EmployeeStatements.Language;
import org.kpiengine.statement.Statement;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Opens sample statement pages in headless Chromium (the system's {@code chromium} and
 * {@code chromedriver}, never a download) and checks from the DOM that nothing overflows the sheet
 * or its box, that no two texts of the chart overlap, and that each page prints on one A4 sheet.
 * Saves a full-page screenshot and the printed PDF of each under
 * {@code target/statement-pages/} for a person to look at. Skipped, with a message, where no
 * browser is installed.
 */
class StatementPagesInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target/statement-pages");

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no headless browser here: install Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + ") to check the statement pages");
        profile = Files.createTempDirectory("statement-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1000,1400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (Language language : Language.values()) {
            pages.add(Arguments.of("month-" + language.locale().toLanguageTag(), language, EmployeeStatements.month(language)));
        }
        pages.add(Arguments.of("long-name-en", Language.ENGLISH, EmployeeStatements.month(Language.ENGLISH,
                "Revenue from new enterprise customers in the north-western region, net of VAT, returns and partner rebates")));
        pages.add(Arguments.of("long-name-de", Language.GERMAN, EmployeeStatements.month(Language.GERMAN,
                "Nettoumsatz mit Neukunden im Großkundengeschäft der Vertriebsregion Nordwest ohne Rücksendungen")));
        pages.add(Arguments.of("seven-indicators-ru", Language.RUSSIAN, EmployeeStatements.sevenIndicators(Language.RUSSIAN)));
        pages.add(Arguments.of("seven-indicators-pt-BR", Language.PORTUGUESE,
                EmployeeStatements.sevenIndicators(Language.PORTUGUESE)));
        // a period of a compensation year: the period's lines, what was paid and earned, the draw balance at the end
        for (Language language : Language.values()) {
            pages.add(Arguments.of("period-" + language.locale().toLanguageTag(), language,
                    EmployeeStatements.thirdMonthWithDraw(language)));
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void thePageFitsItsBoxesAndOneA4Sheet(String name, Language language, Statement statement) throws IOException {
        String html = statement.toHtml(language.locale());
        // self-contained: no script, no external resource
        assertTrue(!html.contains("<script") && !html.contains("src=") && !html.contains("href=") && !html.contains("url("),
                "the page must not load anything");
        Path file = OUT.resolve(name + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        driver.manage().window().setSize(new Dimension(1000, 1400));
        driver.get(file.toAbsolutePath().toUri().toString());
        JavascriptExecutor js = driver;

        @SuppressWarnings("unchecked")
        List<String> overflows = (List<String>) js.executeScript(OVERFLOWS);
        assertEquals(List.of(), overflows, name + ": elements overflow their box or the sheet");
        @SuppressWarnings("unchecked")
        List<String> overlaps = (List<String>) js.executeScript(OVERLAPS);
        assertEquals(List.of(), overlaps, name + ": texts of the chart overlap");
        // the negative deduction line is shown with a minus sign and marked
        assertTrue((Boolean) js.executeScript("return document.querySelectorAll('table.pay tr.negative').length >= 2;"), name);
        if (statement.periodStatement() != null) {
            // every line of the period in the pay table, and the balances at the end in their own table
            assertEquals(statement.periodStatement().lines().size(),
                    ((Number) js.executeScript("return document.querySelectorAll('table.pay tbody tr').length;")).intValue(), name);
            assertEquals(1, ((Number) js.executeScript("return document.querySelectorAll('section.balances table tr').length;"))
                    .intValue(), name + ": the draw balance at the end of the period");
            @SuppressWarnings("unchecked")
            List<String> clipped = (List<String>) js.executeScript(CLIPPED);
            assertEquals(List.of(), clipped, name + ": texts of the period's tables are cut off");
        }

        long height = ((Number) js.executeScript("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
        driver.manage().window().setSize(new Dimension(1000, (int) Math.min(height + 40, 4000)));
        Files.write(OUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));

        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setPageMargin(new PageMargin(0, 0, 0, 0));
        print.setBackground(true);
        Pdf pdf = driver.print(print);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(OUT.resolve(name + ".pdf"), bytes);
        assertEquals(1, pages(bytes), name + ": the statement must print on one A4 page");
    }

    /** Every cell of the pay and balance tables: its text must fit its cell (no clipped or overlapping cells). */
    private static final String CLIPPED = """
            const out = [];
            for (const table of document.querySelectorAll('table.pay, table.balances')) {
              const cells = Array.from(table.querySelectorAll('td, th')).filter(c => c.textContent.trim() !== '');
              for (const cell of cells) {
                if (cell.scrollWidth > cell.clientWidth + 1) out.push('"' + cell.textContent.trim().slice(0, 40) + '" is cut off');
              }
              for (let i = 0; i < cells.length; i++) {
                const a = cells[i].getBoundingClientRect();
                for (let j = i + 1; j < cells.length; j++) {
                  const b = cells[j].getBoundingClientRect();
                  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
                    out.push('"' + cells[i].textContent.trim().slice(0, 30) + '" overlaps "' + cells[j].textContent.trim().slice(0, 30) + '"');
                  }
                }
              }
            }
            return out;
            """;

    /** The number of pages of a PDF: its page objects, /Type /Page (not /Pages). */
    private static int pages(byte[] pdf) {
        Matcher matcher = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * Every element of the sheet: its content no wider than its box (scrollWidth), and its box
     * inside the sheet's content box; the document no wider than the window.
     */
    private static final String OVERFLOWS = """
            const out = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > doc.clientWidth + 1) out.push('document ' + doc.scrollWidth + ' > ' + doc.clientWidth);
            const sheet = document.querySelector('main.sheet');
            const style = getComputedStyle(sheet);
            const box = sheet.getBoundingClientRect();
            const left = box.left + parseFloat(style.paddingLeft) - 1;
            const right = box.right - parseFloat(style.paddingRight) + 1;
            for (const el of sheet.querySelectorAll('*')) {
              if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              const name = el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
                  + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
              if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) out.push(name + ' content ' + el.scrollWidth + ' > ' + el.clientWidth);
              if (r.left < left || r.right > right) out.push(name + ' outside the sheet: ' + r.left + '..' + r.right + ' not in ' + left + '..' + right);
            }
            const head = document.querySelector('header .head');
            const total = document.querySelector('header .total');
            if (head && total) {
              const a = head.getBoundingClientRect(), b = total.getBoundingClientRect();
              if (a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom) out.push('heading overlaps the total');
            }
            return out;
            """;

    /** Every pair of texts in the chart, and every text against every bar and cap mark: their boxes must not intersect. */
    private static final String OVERLAPS = """
            const out = [];
            const svg = document.querySelector('section.chart svg');
            if (!svg) return ['no chart'];
            const view = svg.viewBox.baseVal;
            const texts = Array.from(svg.querySelectorAll('text'));
            const bars = Array.from(svg.querySelectorAll('g.bar rect, g.bar line'));
            const boxes = texts.map(t => ({t: t.textContent, b: t.getBBox()}));
            const hit = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
            for (let i = 0; i < boxes.length; i++) {
              const a = boxes[i].b;
              if (a.x < view.x - 0.5 || a.x + a.width > view.x + view.width + 0.5 || a.y < view.y - 0.5
                  || a.y + a.height > view.y + view.height + 0.5) out.push('"' + boxes[i].t + '" outside the chart');
              for (let j = i + 1; j < boxes.length; j++) {
                if (hit(a, boxes[j].b)) out.push('"' + boxes[i].t + '" overlaps "' + boxes[j].t + '"');
              }
              for (const bar of bars) {
                // a line's box has no width: widen it by its stroke
                const r = bar.getBBox();
                const b = {x: r.x - 1, y: r.y, width: r.width + 2, height: r.height};
                if (hit(a, b)) out.push('"' + boxes[i].t + '" overlaps a ' + bar.tagName);
              }
            }
            return out;
            """;
}
