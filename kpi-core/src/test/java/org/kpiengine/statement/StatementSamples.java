package org.kpiengine.statement;

import java.util.List;
import java.util.Locale;
import org.kpiengine.curve.Bands;
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
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * Sample statements in each shipped language: the plan's own words (indicator, scheme and modifier
 * names) in that language, as an integrator's CRM would give them, and the language's currency.
 */
public final class StatementSamples {

    private StatementSamples() {
    }

    /** One language of the samples: its locale, currency and the plan's names. */
    public enum Language {
        /** English, in US dollars. */
        ENGLISH("en", "USD", "Anna Petrova", "March 2026",
                List.of("Contacts", "Deals", "Conversion", "Average check", "Revenue", "Calls", "Service quality",
                        "Receivables", "Meetings", "Repeat purchases"),
                List.of("rating tiers", "deals gate", "bonus cap", "idle hours", "revenue tiers", "quality gate")),
        /** Russian, in roubles. */
        RUSSIAN("ru-RU", "RUB", "Анна Петрова", "март 2026",
                List.of("Контакты", "Сделки", "Конверсия", "Средний чек", "Выручка", "Звонки", "Качество сервиса",
                        "Дебиторская задолженность", "Встречи", "Повторные продажи"),
                List.of("Премия по шкале KPI", "Условие по сделкам", "Лимит премии", "Простой в CRM",
                        "Процент с выручки", "Условие по качеству")),
        /** German, in euros. */
        GERMAN("de-DE", "EUR", "Anna Petrova", "März 2026",
                List.of("Kontakte", "Abschlüsse", "Konversionsrate", "Durchschnittlicher Auftragswert", "Umsatz",
                        "Anrufe", "Servicequalität", "Forderungen", "Termine", "Wiederkäufe"),
                List.of("Prämienstaffel", "Hürde Abschlüsse", "Prämiendeckel", "Leerlaufstunden", "Umsatzstaffel",
                        "Hürde Qualität")),
        /** Brazilian Portuguese, in reais. */
        BRAZILIAN("pt-BR", "BRL", "Ana Pereira", "março de 2026",
                List.of("Contatos", "Negócios fechados", "Conversão", "Ticket médio", "Faturamento", "Ligações",
                        "Qualidade do atendimento", "Contas a receber", "Reuniões", "Recompra"),
                List.of("Bônus por faixa", "Gatilho de negócios", "Teto do bônus", "Horas ociosas", "Comissão por faixa",
                        "Gatilho de qualidade")),
        /** European Portuguese, in euros. */
        PORTUGUESE("pt-PT", "EUR", "Ana Pereira", "março de 2026",
                List.of("Contactos", "Negócios fechados", "Conversão", "Valor médio da venda", "Faturação", "Chamadas",
                        "Qualidade do serviço", "Contas a receber", "Reuniões", "Recompra"),
                List.of("Prémio por escalão", "Condição de negócios", "Limite do prémio", "Horas inativas",
                        "Comissão por escalão", "Condição de qualidade"));

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

        /** @return the locale */
        public Locale locale() {
            return locale;
        }

        /** @return a short file-name tag, such as {@code "pt-BR"} */
        public String tag() {
            return locale.toLanguageTag();
        }

        Money money(String amount) {
            return Money.of(currency, amount);
        }

        List<String> indicators() {
            return indicators;
        }
    }

    private static Indicator indicator(Language language, int n, String id, Unit unit, Direction direction) {
        return Indicator.of(id, language.indicators.get(n), unit, direction);
    }

    /**
     * The sales-manager matrix of docs/reference/scoring.md (contacts 570 of 500, deals 49 of 50,
     * conversion 8.5 of 10, average check 12 000 of 10 000: rating 104), paid by a rating tier of
     * 10 % of salary 3 000, halved by a deals gate (98 &lt; 99), capped at 120, less 2 idle hours × 12.50.
     *
     * @param language the language
     * @return the statement
     */
    public static Statement salesManager(Language language) {
        Scorecard scorecard = Scorecard.builder()
                .add(indicator(language, 0, "contacts", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.4", Thresholds.plan("500"),
                        RatioCurve.uncapped())
                .add(indicator(language, 1, "deals", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.3", Thresholds.plan("50"),
                        RatioCurve.uncapped())
                .add(indicator(language, 2, "conversion", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.2", Thresholds.plan("10"),
                        RatioCurve.uncapped())
                .add(indicator(language, 3, "average-check", Unit.MONEY, Direction.HIGHER_IS_BETTER), "0.1",
                        Thresholds.plan("10000"), RatioCurve.uncapped())
                .build();
        Evaluation evaluation = scorecard.evaluate(Facts.builder()
                .put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build());
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive(language.steps.get(0), Measure.rating(),
                        Bands.from("0").upTo("100", "5").andAbove("10"), TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .modifier(Gate.reduceUnless(language.steps.get(1), Condition.atLeast(Measure.index("deals"), "99"), "0.5"))
                .modifier(new VariableLimits(language.steps.get(2), null, language.money("120")))
                .modifier(Deduction.perUnit(language.steps.get(3), Measure.input("idle-hours"), language.money("12.5")))
                .build();
        Payout payout = plan.evaluate(evaluation, PayInputs.of(language.money("3000")).with("idle-hours", "2"));
        return Statement.of(Explanation.of(evaluation, payout), language.employee, language.period);
    }

    /**
     * The monthly payout of the MonthlyPayout example: five indicators capped at 150, revenue
     * tiers paying 2.5 % of revenue 560 000, a quality gate halving the bonus (quality 86 % of
     * plan), a cap of 6 000 and 8 idle hours × 25.
     *
     * @param language the language
     * @return the statement
     */
    public static Statement monthly(Language language) {
        return monthly(language, language.indicators.get(4));
    }

    /**
     * The monthly payout with another name for the revenue indicator (a long one, for the page's layout).
     *
     * @param language the language
     * @param revenueName the revenue indicator's name
     * @return the statement
     */
    public static Statement monthly(Language language, String revenueName) {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.of("revenue", revenueName, Unit.MONEY, Direction.HIGHER_IS_BETTER), "0.4",
                        Thresholds.plan("500000"), RatioCurve.cappedAt("150"))
                .add(indicator(language, 1, "deals", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.2", Thresholds.plan("50"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 5, "calls", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("600"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 6, "quality", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("100"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 7, "receivables", Unit.MONEY, Direction.LOWER_IS_BETTER), "0.1",
                        Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .build();
        return monthly(language, scorecard, Facts.builder()
                .put("revenue", 560000).put("deals", 54).put("calls", 630).put("quality", 86).put("receivables", 36000)
                .build(), "3000", "8");
    }

    /**
     * The monthly payout's plan on other facts, salary and idle hours.
     *
     * @param language the language
     * @param facts the facts of revenue, deals, calls, quality and receivables
     * @param salary the salary
     * @param idleHours the idle hours
     * @return the statement
     */
    public static Statement monthly(Language language, Facts facts, String salary, String idleHours) {
        return monthly(language, monthlyScorecard(language), facts, salary, idleHours);
    }

    private static Statement monthly(Language language, Scorecard scorecard, Facts facts, String salary, String idleHours) {
        Evaluation evaluation = scorecard.evaluate(facts);
        return Statement.of(Explanation.of(evaluation, monthlyPlan(language).evaluate(evaluation,
                PayInputs.of(language.money(salary)).with("idle-hours", idleHours))), language.employee, language.period);
    }

    private static Scorecard monthlyScorecard(Language language) {
        return Scorecard.builder()
                .add(indicator(language, 4, "revenue", Unit.MONEY, Direction.HIGHER_IS_BETTER), "0.4",
                        Thresholds.plan("500000"), RatioCurve.cappedAt("150"))
                .add(indicator(language, 1, "deals", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.2", Thresholds.plan("50"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 5, "calls", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("600"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 6, "quality", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("100"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 7, "receivables", Unit.MONEY, Direction.LOWER_IS_BETTER), "0.1",
                        Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .build();
    }

    private static PayPlan monthlyPlan(Language language) {
        return PayPlan.builder()
                .scheme(TieredScheme.retroactive(language.steps.get(4), Measure.attainment("revenue"),
                        Bands.from("0").upTo("80", "0").upTo("100", "1.5").upTo("120", "2.5").andAbove("3.5"),
                        TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue")))
                .modifier(Gate.reduceUnless(language.steps.get(5), Condition.atLeast(Measure.attainment("quality"), "90"), "0.5"))
                .modifier(new VariableLimits(language.steps.get(2), null, language.money("6000")))
                .modifier(Deduction.perUnit(language.steps.get(3), Measure.input("idle-hours"), language.money("25")))
                .build();
    }

    /**
     * A manager's plan of seven indicators (the most good practice allows a manager), with a base
     * and a target on some, paid as the monthly payout.
     *
     * @param language the language
     * @return the statement
     */
    public static Statement sevenIndicators(Language language) {
        Scorecard scorecard = Scorecard.builder()
                .add(indicator(language, 4, "revenue", Unit.MONEY, Direction.HIGHER_IS_BETTER), "0.25",
                        Thresholds.of("300000", "500000", "700000"), org.kpiengine.curve.LinearCurve.basePlan())
                .add(indicator(language, 1, "deals", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("50"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 5, "calls", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.1", Thresholds.plan("600"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 6, "quality", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("100"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 7, "receivables", Unit.MONEY, Direction.LOWER_IS_BETTER), "0.1",
                        Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .add(indicator(language, 8, "meetings", Unit.COUNT, Direction.HIGHER_IS_BETTER), "0.15", Thresholds.plan("40"),
                        RatioCurve.cappedAt("150"))
                .add(indicator(language, 9, "repeat", Unit.PERCENT, Direction.HIGHER_IS_BETTER), "0.1", Thresholds.plan("30"),
                        RatioCurve.cappedAt("150"))
                .build();
        Evaluation evaluation = scorecard.evaluate(Facts.builder()
                .put("revenue", 560000).put("deals", 54).put("calls", 630).put("quality", 86).put("receivables", 36000)
                .put("meetings", 31).put("repeat", "37.5").build());
        return Statement.of(Explanation.of(evaluation, monthlyPlan(language).evaluate(evaluation,
                PayInputs.of(language.money("3000")).with("idle-hours", "8"))), language.employee, language.period);
    }
}
