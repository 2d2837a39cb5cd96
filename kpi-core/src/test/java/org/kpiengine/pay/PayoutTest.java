package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;

class PayoutTest {

    private static final org.kpiengine.scorecard.Evaluation EVALUATION = PayFixtures.salesManager();
    private static final PayLine SALARY = new PayLine("salary", PayLine.Kind.SALARY, "fixed salary", eur("3000"), eur("0"), eur("3000"));
    private static final PayLine BONUS = new PayLine("bonus", PayLine.Kind.SCHEME, "x", eur("500"), eur("3000"), eur("3500"));

    @Test
    void holdsTheLinesAndTheirSum() {
        Payout payout = new Payout(eur("3000"), List.of(SALARY, BONUS), eur("500"), eur("3500"), List.of(), EVALUATION);
        assertEquals(BONUS, payout.line("bonus"));
        assertEquals("total EUR 3500.00 (salary EUR 3000.00, variable EUR 500.00)", payout.toString());
        KpiInputException unknown = assertThrows(KpiInputException.class, () -> payout.line("pool"));
        assertEquals("the payout has no line 'pool'", unknown.getMessage());
    }

    @Test
    void refusesPartsThatDoNotAddUp() {
        IllegalStateException line = assertThrows(IllegalStateException.class,
                () -> new PayLine("bonus", PayLine.Kind.SCHEME, "x", eur("500"), eur("3000"), eur("3600")));
        assertEquals("pay line 'bonus' must add up: EUR 3000.00 + EUR 500.00 is not EUR 3600.00", line.getMessage());
        IllegalStateException total = assertThrows(IllegalStateException.class,
                () -> new Payout(eur("3000"), List.of(SALARY, BONUS), eur("500"), eur("3501"), List.of(), EVALUATION));
        assertEquals("the total EUR 3501.00 must be the sum of the pay lines, EUR 3500.00", total.getMessage());
        IllegalStateException variable = assertThrows(IllegalStateException.class,
                () -> new Payout(eur("3000"), List.of(SALARY, BONUS), eur("400"), eur("3500"), List.of(), EVALUATION));
        assertEquals("the variable part EUR 400.00 must be total EUR 3500.00 − salary EUR 3000.00", variable.getMessage());
        IllegalStateException first = assertThrows(IllegalStateException.class,
                () -> new Payout(eur("3000"), List.of(BONUS), eur("500"), eur("3500"), List.of(), EVALUATION));
        assertEquals("the first pay line must be the salary EUR 3000.00, starting from 0", first.getMessage());
        PayLine gap = new PayLine("bonus", PayLine.Kind.SCHEME, "x", eur("500"), eur("3100"), eur("3600"));
        IllegalStateException chain = assertThrows(IllegalStateException.class,
                () -> new Payout(eur("3000"), List.of(SALARY, gap), eur("600"), eur("3600"), List.of(), EVALUATION));
        assertEquals("pay line 'bonus' starts at EUR 3100.00 but the previous ended at EUR 3000.00", chain.getMessage());
    }

    @Test
    void aLineWithAZeroOnEitherSideAddsUpOnlyToTheOtherAndInItsCurrency() {
        new PayLine("gate", PayLine.Kind.GATE, "held", eur("0"), eur("3500"), eur("3500"));
        new PayLine("salary", PayLine.Kind.SALARY, "fixed salary", eur("3000"), eur("0"), eur("3000"));
        IllegalStateException held = assertThrows(IllegalStateException.class,
                () -> new PayLine("gate", PayLine.Kind.GATE, "held", eur("0"), eur("3500"), eur("3500.01")));
        assertEquals("pay line 'gate' must add up: EUR 3500.00 + EUR 0.00 is not EUR 3500.01", held.getMessage());
        IllegalStateException start = assertThrows(IllegalStateException.class,
                () -> new PayLine("salary", PayLine.Kind.SALARY, "fixed salary", eur("3000"), eur("0"), eur("0")));
        assertEquals("pay line 'salary' must add up: EUR 0.00 + EUR 3000.00 is not EUR 0.00", start.getMessage());
        org.kpiengine.money.Money usd = org.kpiengine.money.Money.of("USD", "0");
        assertThrows(org.kpiengine.money.CurrencyMismatchException.class,
                () -> new PayLine("gate", PayLine.Kind.GATE, "held", usd, eur("3500"), eur("3500")));
        assertThrows(org.kpiengine.money.CurrencyMismatchException.class,
                () -> new PayLine("bonus", PayLine.Kind.SCHEME, "x", eur("500"), usd, eur("500")));
    }
}
