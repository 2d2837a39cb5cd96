package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Scorecard;

/** A team batch built by {@link CreditedFacts#teamInput()} rates every employee as the object API does, on generated ledgers. */
class CreditedFactsBatchProperties {

    private static final Scorecard CARD = Scorecard.builder()
            .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("1000"), RatioCurve.uncapped()).build();

    @Test
    void theBatchFromTheDealsEqualsTheObjectApiForEveryEmployee() {
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("seller", CARD)));
        qt().withExamples(200).forAll(Scenario.scenarios()).checkAssert(s -> {
            CreditLedger ledger = CreditLedger.of(s.transactions());
            for (CreditBasis basis : CreditBasis.values()) {
                for (RollUp rollUp : RollUp.values()) {
                    CreditedFacts facts = ledger.facts(Scenario.START, Scenario.START.plusYears(1), basis, s.hierarchy(), rollUp);
                    TeamResult result = batch.evaluate(facts.teamInput().build());
                    List<String> ids = List.copyOf(facts.employees());
                    assertEquals(ids.size(), result.size());
                    for (int row = 0; row < ids.size(); row++) {
                        if (facts.indicators().isEmpty()) {
                            continue;
                        }
                        assertEquals(0, CARD.evaluate(facts.facts(ids.get(row))).rating().compareTo(result.rating(row)),
                                ids.get(row) + " " + basis + " " + rollUp);
                    }
                }
            }
        });
    }
}
