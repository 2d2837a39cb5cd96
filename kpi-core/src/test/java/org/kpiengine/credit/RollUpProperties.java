package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RollUpProperties {

    private static final LocalDate END = Scenario.START.plusYears(1);

    private static BigDecimal revenue(CreditedFacts facts, int employee) {
        BigDecimal value = facts.facts(Scenario.employee(employee)).get("revenue");
        return value == null ? BigDecimal.ZERO : value;
    }

    @Test
    void aManagersRolledUpFactIsTheSumOfTheirSubtreesOwnCreditsAndSellersKeepTheirs() {
        qt().withExamples(300).forAll(Scenario.scenarios()).checkAssert(s -> {
            CreditLedger ledger = CreditLedger.of(s.transactions());
            for (CreditBasis basis : CreditBasis.values()) {
                CreditedFacts own = ledger.facts(Scenario.START, END, basis);
                CreditedFacts direct = ledger.facts(Scenario.START, END, basis, s.hierarchy(), RollUp.DIRECT);
                CreditedFacts subtree = ledger.facts(Scenario.START, END, basis, s.hierarchy(), RollUp.SUBTREE);
                CreditedFacts none = ledger.facts(Scenario.START, END, basis, s.hierarchy(), RollUp.NONE);
                for (int m = 0; m < s.employees(); m++) {
                    BigDecimal expectedSubtree = BigDecimal.ZERO;
                    BigDecimal expectedDirect = revenue(own, m);
                    for (int e = 0; e < s.employees(); e++) {
                        if (s.isAtOrBelow(e, m)) {
                            expectedSubtree = expectedSubtree.add(revenue(own, e));
                        }
                        if (Scenario.employee(m).equals(s.managers().get(e))) {
                            expectedDirect = expectedDirect.add(revenue(own, e));
                        }
                    }
                    assertEquals(0, expectedSubtree.compareTo(revenue(subtree, m)), "subtree of e" + m);
                    assertEquals(0, expectedDirect.compareTo(revenue(direct, m)), "direct reports of e" + m);
                    assertEquals(0, revenue(own, m).compareTo(revenue(none, m)), "overlay: own credit unchanged");
                    assertEquals(0, revenue(own, m).compareTo(subtree.explain(Scenario.employee(m), "revenue").ownTotal()),
                            "overlay: own credits unchanged in the explanation");
                    CreditExplanation why = subtree.explain(Scenario.employee(m), "revenue");
                    assertEquals(0, why.fact().compareTo(revenue(subtree, m)), "explanation sums to the fact");
                }
            }
        });
    }
}
