package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.planning.Finding;
import org.kpiengine.planning.PlanReview;
import org.kpiengine.planning.ReviewSettings;
import org.kpiengine.planning.TeamMember;
import org.kpiengine.scorecard.Facts;

/** {@code kpi review} in-process. */
class ReviewCommandTest {

    @TempDir
    Path dir;

    /** The two lines the tool prints for a finding. */
    private static String lines(Finding finding) {
        StringJoiner figures = new StringJoiner(", ");
        finding.figures().forEach((name, value) -> figures.add(name + " " + value.toPlainString()));
        return finding.severity() + " " + finding.kind() + " at '" + finding.place() + "'"
                + (finding.employeeId() == null ? "" : " employee " + finding.employeeId()) + ": " + figures + "\n    "
                + finding.message() + "\n";
    }

    private static PlanReview review(Path plan, String salary) {
        PlanDocument document = Planning.document(plan);
        PayInputs typical = PayInputs.of(Money.of("EUR", salary));
        if (plan.equals(Samples.PLAN)) {
            typical = typical.with("idle_hours", BigDecimal.ZERO);
        }
        return PlanReview.of(document.template().scorecard(), document.template().payPlan(), typical)
                .withPrecision(document.precision());
    }

    @Test
    void theRetroactiveEdgesOfTheSalesManagerMatrixAreCliffsAboveFivePercent() {
        Cli.Run run = Cli.run("review", "--plan", Planning.SALES_MANAGER.toString(), "--currency", "EUR", "--salary",
                "3000", "--cliff-share", "0.05");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        List<Finding> expected = review(Planning.SALES_MANAGER, "3000")
                .withSettings(ReviewSettings.DEFAULT.withCliffShare("0.05")).findings();
        StringBuilder body = new StringBuilder();
        expected.forEach(f -> body.append(lines(f)));
        assertEquals(Planning.SALES_MANAGER + ": review of role 'sales-manager', typical salary EUR 3000.00\n" + body
                + expected.size() + " findings (" + expected.size() + " WARNING); findings do not change the exit code\n",
                run.out());
        // by hand (docs/reference/planning.md, Plan review): every other fact at plan, rating 70 + 0.6 d; the
        // edge 100 lies between 49 and 50 deals, where the retroactive tiers lift 10 % to 20 % of 3 000.00
        assertTrue(run.out().contains("WARNING CLIFF at 'deals': worseFact 49, betterFact 50, payoutWorse 3300,"
                + " payoutBetter 3600, jump 300, shareOfSalary 0.1, limit 0.05\n"), run.out());

        Cli.Run defaults = Cli.run("review", "--plan", Planning.SALES_MANAGER.toString(), "--currency", "EUR",
                "--salary", "3000");
        assertEquals(0, defaults.code(), defaults.err());
        // a jump of exactly 10 % of the salary is not more than the default 10 %
        assertTrue(review(Planning.SALES_MANAGER, "3000").findings().isEmpty());
        assertTrue(defaults.out().endsWith("\n0 findings; findings do not change the exit code\n"), defaults.out());
    }

    @Test
    void withTheTeamsFactsTheCliffsEmployeesSitNextTo() {
        Cli.Run run = Cli.run("review", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString());
        assertEquals(0, run.code(), run.err());
        // the 30 computable employees; the lower median of their salaries is 4 000.00
        assertTrue(run.out().startsWith(Samples.PLAN + ": review of role 'account-manager', typical salary EUR"
                + " 4000.00, 30 employees of " + Samples.FACTS + "\n"), run.out());
        assertEquals(List.of("e031", "e032", "e033", "e034"), run.err().lines()
                .map(l -> l.substring("kpi review: employee '".length(), l.indexOf("' is left out: "))).toList());
        PlanReview review = review(Samples.PLAN, "4000.00");
        for (Finding finding : review.findings()) {
            assertTrue(run.out().contains(lines(finding)), lines(finding));
        }
        // e020: salary 4 000.00, quality 4.7 against a plan of 5; the quality gate (attainment ≥ 90 %, else
        // half the variable pay) sits at 4.5, within 5 % of the plan; the bonus is 30 % of 4 000.00 = 1 200.00,
        // so below the edge the gate takes 600.00: 15 % of the salary, above the default 10 %
        Facts e020 = Facts.builder().put("revenue", new BigDecimal("582000")).put("deals", new BigDecimal("21"))
                .put("conversion", new BigDecimal("12.1")).put("receivables", new BigDecimal("44000"))
                .put("quality", new BigDecimal("4.7")).build();
        List<Finding> withE020 = review.findings(List.of(new TeamMember("e020", e020,
                PayInputs.of(Money.of("EUR", "4000.00")).with("idle_hours", new BigDecimal("5")))));
        List<Finding> ofE020 = new ArrayList<>(withE020.subList(review.findings().size(), withE020.size()));
        assertEquals(1, ofE020.size(), ofE020.toString());
        assertTrue(run.out().contains(lines(ofE020.get(0))), run.out());
        assertTrue(run.out().contains("WARNING CLIFF at 'quality' employee e020: worseFact 4.4, betterFact 4.5,"
                + " payoutWorse 4525, payoutBetter 5125, jump 600, shareOfSalary 0.15, limit 0.1\n"), run.out());
        assertTrue(run.out().endsWith("; findings do not change the exit code\n"), run.out());
    }

    @Test
    void badArgumentsExitWithTwoAndUnusableFilesWithOne() throws IOException {
        List<String[]> bad = List.of(new String[] {"review"}, new String[] {"review", "--plan", Samples.PLAN.toString()},
            new String[] {"review", "--plan", Samples.PLAN.toString(), "--salary", "lots"},
            new String[] {"review", "--plan", Samples.PLAN.toString(), "--salary", "3000", "--cliff-share", "-1"},
            new String[] {"review", "--plan", Samples.PLAN.toString(), "--salary", "3000", "--currency", "USD"},
            new String[] {"review", "--plan", Samples.PLAN.toString(), "--salary", "3000", "--grid", "1"});
        for (String[] args : bad) {
            Cli.Run run = Cli.run(args);
            assertEquals(2, run.code(), List.of(args) + ": " + run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains("Usage: kpi review"), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1", StandardCharsets.UTF_8);
        Cli.Run unusable = Cli.run("review", "--plan", broken.toString(), "--salary", "3000");
        assertEquals(1, unusable.code());
        assertTrue(unusable.err().startsWith(broken + ": not a valid plan: "), unusable.err());
        assertFalse(unusable.err().contains("\tat "), unusable.err());
        Cli.Run noFacts = Cli.run("review", "--plan", Samples.PLAN.toString(), "--facts",
                dir.resolve("none.csv").toString());
        assertEquals(1, noFacts.code());
        assertTrue(noFacts.err().startsWith(dir.resolve("none.csv") + ": cannot read the facts: "), noFacts.err());
    }
}
