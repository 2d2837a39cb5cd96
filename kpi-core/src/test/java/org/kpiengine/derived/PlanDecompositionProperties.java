package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Decomposing a plan and recomposing it gives at least the plan, and rounding up never asks for
 * a whole unit more than needed.
 */
class PlanDecompositionProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static Gen<PlanDecomposition> decompositions() {
        Gen<BigDecimal> plans = longs().between(0, 10_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
        Gen<BigDecimal> checks = longs().between(1, 100_000_000L).mix(longs().between(1, 100), 20)
                .map(cents -> BigDecimal.valueOf(cents, 2));
        // 0.01 % to 100 %, with 100 % (every contact a deal) and round figures coming up often
        Gen<BigDecimal> conversions = longs().between(1, 10_000).mix(longs().between(1, 100).map(p -> p * 100), 30)
                .map(hundredths -> BigDecimal.valueOf(hundredths, 2));
        return plans.zip(checks, conversions, integers().between(1, 31), PlanDecomposition::new);
    }

    @Test
    void recomposingGivesAtLeastThePlanAndRoundingUpIsMinimal() {
        qt().withExamples(1000).forAll(decompositions()).checkAssert(plan -> {
            long deals = plan.dealsNeeded();
            long contacts = plan.contactsNeeded();
            BigDecimal check = plan.averageCheck();
            BigDecimal share = plan.conversionPercent();
            // deals × average check ≥ plan, and one deal fewer would not do
            assertTrue(BigDecimal.valueOf(deals).multiply(check).compareTo(plan.revenuePlan()) >= 0, plan::toString);
            assertTrue(deals == 0 || BigDecimal.valueOf(deals - 1).multiply(check).compareTo(plan.revenuePlan()) < 0,
                    plan::toString);
            // contacts × conversion ≥ deals (compared as contacts × % ≥ deals × 100), one contact fewer would not do
            BigDecimal dealsInPercent = BigDecimal.valueOf(deals).multiply(HUNDRED);
            assertTrue(BigDecimal.valueOf(contacts).multiply(share).compareTo(dealsInPercent) >= 0, plan::toString);
            assertTrue(contacts == 0 || BigDecimal.valueOf(contacts - 1).multiply(share).compareTo(dealsInPercent) < 0,
                    plan::toString);
            // the daily plans over the working days cover the totals, and one a day fewer would not
            long days = plan.workingDays();
            assertTrue(plan.dailyDeals() * days >= deals && (plan.dailyDeals() - 1) * days < deals
                    || deals == 0 && plan.dailyDeals() == 0, plan::toString);
            assertTrue(plan.dailyContacts() * days >= contacts && (plan.dailyContacts() - 1) * days < contacts
                    || contacts == 0 && plan.dailyContacts() == 0, plan::toString);
        });
    }
}
