package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.ScorecardLine;

import tools.jackson.databind.JsonNode;

/** A team line says what the object API computes for the same employee, on generated plans read from their JSON. */
class ResultJsonProperties {

    @Test
    void aTeamLineAgreesWithTheObjectApi() {
        qt().withExamples(300).forAll(PlanGenerators.cases()).checkAssert(c -> {
            PlanDocument plan = TestTypes.JSON.read(TestTypes.JSON.write(c.plan()));
            TeamInput.Builder input = TeamInput.builder(1).employeeIds("E1")
                    .salaries(c.inputs().salary().currency(), DecimalColumn.of(c.inputs().salary().amount()))
                    .quantities("idle-hours", DecimalColumn.of(c.inputs().quantity("idle-hours")));
            for (ScorecardLine line : plan.template().scorecard().lines()) {
                input.facts(line.id(), DecimalColumn.of(c.facts().get(line.id())));
            }
            TeamResult result = plan.batch().evaluate(input.build());
            JsonNode json = PlanJsonProperties.tree(ResultJson.teamLines(result));
            Evaluation evaluation;
            Payout payout = null;
            try {
                evaluation = plan.evaluate(c.facts());
                if (plan.template().payPlan() != null) {
                    payout = plan.pay(c.facts(), c.inputs());
                }
            } catch (KpiInputException e) {
                assertEquals("error", json.get("status").stringValue(), json::toString);
                assertEquals(Names.of(e.reason()), json.at("/error/reason").stringValue(), json::toString);
                return;
            }
            assertEquals("ok", json.get("status").stringValue(), json::toString);
            assertEquals(evaluation.rating().toPlainString(), json.get("rating").stringValue());
            for (KpiIndex index : evaluation.indices()) {
                assertEquals(index.index().toPlainString(), json.get("indices").get(index.id()).stringValue());
            }
            if (payout != null) {
                assertEquals(payout.total().amount().toPlainString(), json.at("/pay/total/amount").stringValue());
                List<PayLine> lines = payout.lines();
                assertEquals(lines.size(), json.at("/pay/lines").size());
                for (int k = 0; k < lines.size(); k++) {
                    JsonNode line = json.at("/pay/lines/" + k);
                    assertEquals(lines.get(k).name(), line.get("name").stringValue());
                    assertEquals(Names.of(lines.get(k).kind()), line.get("kind").stringValue());
                    assertEquals(lines.get(k).amount().amount().toPlainString(), line.at("/amount/amount").stringValue());
                }
            }
        });
    }
}
