package org.kpiengine.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.Draw;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.statement.Statement;

/**
 * The same sales manager's month (the MonthlyPayout example) as four pay statements, in English,
 * Russian, German and Brazilian Portuguese, each with the plan's names in that language and paid in
 * that country's currency, written as printable HTML pages; then the same plan over a quarter with a
 * recoverable draw, whose third month's page shows the period's lines and the draw balance left at
 * its end; prints the path of each file.
 *
 * <p>Run with a directory as the first argument, or the files go to {@code target/statements}.
 */
public final class EmployeeStatements {

    /**
     * A language of the example: its locale, currency, the employee and the plan's own words.
     */
    public enum Language {
        /** English, paid in US dollars. */
        ENGLISH("en", "USD", "Anna Petrova", "March 2026",
                List.of("Revenue", "Deals", "Calls", "Service quality", "Receivables", "Meetings", "Repeat purchases"),
                List.of("revenue tiers", "quality gate", "bonus cap", "idle hours")),
        /** Russian, paid in roubles. */
        RUSSIAN("ru-RU", "RUB", "Анна Петрова", "март 2026",
                List.of("Выручка", "Сделки", "Звонки", "Качество сервиса", "Дебиторская задолженность", "Встречи",
                        "Повторные продажи"),
                List.of("Процент с выручки", "Условие по качеству", "Лимит премии", "Простой в CRM")),
        /** German, paid in euros. */
        GERMAN("de-DE", "EUR", "Anna Petrova", "März 2026",
                List.of("Umsatz", "Abschlüsse", "Anrufe", "Servicequalität", "Forderungen", "Termine", "Wiederkäufe"),
                List.of("Umsatzstaffel", "Hürde Qualität", "Prämiendeckel", "Leerlaufstunden")),
        /** Brazilian Portuguese, paid in reais. */
        PORTUGUESE("pt-BR", "BRL", "Ana Pereira", "março de 2026",
                List.of("Faturamento", "Negócios fechados", "Ligações", "Qualidade do atendimento", "Contas a receber",
                        "Reuniões", "Recompra"),
                List.of("Comissão por faixa", "Gatilho de qualidade", "Teto do bônus", "Horas ociosas"));

        private final Locale locale;
        private final String currency;
        private final String employee;
        private final String period;
        private final List<String> indicators;
        private final List<String> steps;

        Language(String tag, String currency, String employee, String period, List<String> indicators, List<String> steps) {
            this.locale = Locale.forLanguageTag(tag);
            this.currency = currency;
            this.employee = employee;
            this.period = period;
            this.indicators = indicators;
            this.steps = steps;
        }

        /**
         * Returns the locale.
         *
         * @return the locale
         */
        public Locale locale() {
            return locale;
        }

        private Money money(String amount) {
            return Money.of(currency, amount);
        }
    }

    private EmployeeStatements() {
    }

    /**
     * Writes the four statements and prints their paths.
     *
     * @param args the directory to write to (optional; default {@code target/statements})
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/statements");
        System.out.println("== EmployeeStatements: one month's pay statement in four languages, and the third month of a quarter"
                + " with a draw, as HTML pages ==");
        for (Path file : write(directory)) {
            System.out.println(file.toAbsolutePath());
        }
    }

    /**
     * Writes the statement of the month in each language into a directory, as
     * {@code statement-<language tag>.html}, then the statement of the quarter's third month in each
     * language, as {@code statement-period-<language tag>.html}.
     *
     * @param directory the directory, created if absent
     * @return the files written: the months in the order of {@link Language}, then the periods
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (Language language : Language.values()) {
            Path file = directory.resolve("statement-" + language.locale().toLanguageTag() + ".html");
            Files.writeString(file, month(language).toHtml(language.locale()), StandardCharsets.UTF_8);
            files.add(file);
        }
        for (Language language : Language.values()) {
            Path file = directory.resolve("statement-period-" + language.locale().toLanguageTag() + ".html");
            Files.writeString(file, thirdMonthWithDraw(language).toHtml(language.locale()), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /**
     * The month's plan over a quarter, paid monthly with a recoverable draw of 2 000 of which at
     * most 500 is recovered a month: revenue 300 000 in January (nothing earned above the idle hours,
     * so the draw tops the variable pay up), 450 000 in February and the month's 560 000 in March
     * (each recovering 500); the statement of March, with the draw balance left at its end.
     *
     * @param language the language
     * @return the statement of the third month
     */
    public static Statement thirdMonthWithDraw(Language language) {
        LocalDate january = LocalDate.of(2026, 1, 1);
        Scorecard scorecard = scorecard(language, language.indicators.get(0));
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("sales-manager", january, scorecard, plan(language), language.money("3000"))
                        .withDraw(Draw.recoverable(language.money("2000")).withMaxRecoveryPerPeriod(language.money("500"))))
                .build();
        EmployeeYear.Builder employee = EmployeeYear.builder("anna").assignment(Assignment.from("sales-manager", january));
        String[] revenue = {"300000", "450000", "560000"};
        for (int m = 0; m < 3; m++) {
            String periodId = "2026-0" + (m + 1);
            employee.facts(periodId, Facts.builder()
                    .put("revenue", new BigDecimal(revenue[m])).put("deals", 54).put("calls", 630).put("quality", 86)
                    .put("receivables", 36000).build());
            employee.quantity(periodId, "idle-hours", new BigDecimal("8"));
        }
        PeriodStatement march = year.compute(employee.build()).statement("2026-03");
        return Statement.of(march, language.employee, language.period);
    }

    /**
     * The month of the MonthlyPayout example in a language: five indicators, revenue tiers paying
     * 2.5 % of revenue, a quality gate halving the bonus, a cap of 6 000 and 8 idle hours × 25.
     *
     * @param language the language
     * @return the statement
     */
    public static Statement month(Language language) {
        return month(language, language.indicators.get(0));
    }

    /**
     * The month with another name for the revenue indicator, such as a long one from a CRM.
     *
     * @param language the language
     * @param revenueName the revenue indicator's name
     * @return the statement
     */
    public static Statement month(Language language, String revenueName) {
        return pay(language, scorecard(language, revenueName), Facts.builder()
                .put("revenue", 560000).put("deals", 54).put("calls", 630).put("quality", 86).put("receivables", 36000)
                .build());
    }

    /** The month's five indicators, with a name of the revenue indicator. */
    private static Scorecard scorecard(Language language, String revenueName) {
        return Scorecard.builder()
                .add(Indicator.of("revenue", revenueName, Unit.MONEY, Direction.HIGHER_IS_BETTER), "0.4",
                        Thresholds.plan("500000"), RatioCurve.cappedAt("150"))
                .add(indicator(language, 1, "deals", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.2", Thresholds.plan("50"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 2, "calls", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("600"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 3, "quality", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.15",
                        Thresholds.plan("100"), RatioCurve.cappedAt("150"))
                .add(indicator(language, 4, "receivables", Unit.MONEY, Direction.LOWER_IS_BETTER), "0.1",
                        Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .build();
    }

    /**
     * A manager's month on seven indicators (the most good practice allows a manager), revenue
     * scored from a base of 300 000 to a target of 700 000, paid by the same plan.
     *
     * @param language the language
     * @return the statement
     */
    public static Statement sevenIndicators(Language language) {
        Scorecard scorecard = Scorecard.builder()
                .add(indicator(language, 0, "revenue", Unit.MONEY, Direction.HIGHER_IS_BETTER), "0.25",
                        Thresholds.of("300000", "500000", "700000"), LinearCurve.basePlan())
                .add(indicator(language, 1, "deals", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("50"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 2, "calls", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.1", Thresholds.plan("600"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 3, "quality", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.15",
                        Thresholds.plan("100"), RatioCurve.cappedAt("150"))
                .add(indicator(language, 4, "receivables", Unit.MONEY, Direction.LOWER_IS_BETTER), "0.1",
                        Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .add(indicator(language, 5, "meetings", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("40"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 6, "repeat", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.1", Thresholds.plan("30"),
                        RatioCurve.cappedAt("150"))
                .build();
        return pay(language, scorecard, Facts.builder()
                .put("revenue", 560000).put("deals", 54).put("calls", 630).put("quality", 86).put("receivables", 36000)
                .put("meetings", 31).put("repeat", "37.5").build());
    }

    private static Indicator indicator(Language language, int n, String id, Unit unit, Direction direction) {
        return Indicator.of(id, language.indicators.get(n), unit, direction);
    }

    private static Statement pay(Language language, Scorecard scorecard, Facts facts) {
        Evaluation evaluation = scorecard.evaluate(facts);
        return Statement.of(Explanation.of(evaluation,
                plan(language).evaluate(evaluation, PayInputs.of(language.money("3000")).with("idle-hours", "8"))),
                language.employee, language.period);
    }

    /** The month's pay plan: revenue tiers, a quality gate, a cap of 6 000 and idle hours × 25. */
    private static PayPlan plan(Language language) {
        return PayPlan.builder()
                .scheme(TieredScheme.retroactive(language.steps.get(0), Measure.attainment("revenue"),
                        Bands.from("0").upTo("80", "0").upTo("100", "1.5").upTo("120", "2.5").andAbove("3.5"),
                        TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue")))
                .modifier(Gate.reduceUnless(language.steps.get(1), Condition.atLeast(Measure.attainment("quality"), "90"), "0.5"))
                .modifier(new VariableLimits(language.steps.get(2), null, language.money("6000")))
                .modifier(Deduction.perUnit(language.steps.get(3), Measure.input("idle-hours"), language.money("25")))
                .build();
    }
}
