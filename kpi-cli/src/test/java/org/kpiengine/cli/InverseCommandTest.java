package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.money.Money;
import org.kpiengine.planning.Goal;
import org.kpiengine.planning.Inverse;

/** {@code kpi inverse} in-process. */
class InverseCommandTest {

    @TempDir
    Path dir;

    private static Cli.Run e007(String... more) {
        List<String> args = new ArrayList<>(List.of("inverse", "--plan", Samples.PLAN.toString(), "--facts",
                Samples.FACTS.toString(), "--employee", "e007"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theDealsForTheNextBandOfTheSalesManagerMatrix() throws Exception {
        Path facts = Planning.salesManagerFactsFile(dir);
        Cli.Run run = Cli.run("inverse", "--plan", Planning.SALES_MANAGER.toString(), "--facts", facts.toString(),
                "--currency", "EUR", "--employee", "E1", "--indicator", "deals", "--goal", "next-band:bonus");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        // by hand: rating 0.4 × 114 + 0.3 × 2d + 0.2 × 85 + 0.1 × 120 = 74.6 + 0.6 d, 104 at 49 deals, in [100, 120);
        // the next band needs 74.6 + 0.6 d ≥ 120, d ≥ 75.67: 76 deals (rating 120.2), not 75 (119.6)
        Inverse expected = Planning.salesManager().inverse(Planning.salesManagerFacts(), "deals",
                Goal.nextBand("bonus"));
        assertEquals(Inverse.Outcome.REACHED, expected.outcome());
        assertEquals("76", expected.fact().toPlainString());
        String out = run.out();
        assertTrue(out.startsWith("indicator deals, goal " + expected.goal() + ", current fact 49, step 1\n"), out);
        assertTrue(out.contains("\noutcome REACHED\nanswer 76 (" + expected.valueAtAnswer() + ")\n"
                + "one step worse 75 does not reach the goal\ndistance 27\n"), out);
        assertTrue(out.endsWith("certified: the plan is monotone in deals\nevaluations " + expected.evaluations() + "\n"),
                out);
    }

    @Test
    void ratingGateAndUnreachablePayoutOnTheTeamSample() {
        Cli.Run rating = e007("--indicator", "deals", "--goal", "rating:110");
        assertEquals(0, rating.code(), rating.err());
        // by hand: one deal is one rating point for e007 (104 at 19): 110 needs 25 deals
        assertTrue(rating.out().contains("outcome REACHED\nanswer 25 (rating 110.0000)\none step worse 24 does not"
                + " reach the goal\n"), rating.out());
        assertEquals(Planning.e007().inverse(Planning.e007Facts(), "deals", Goal.rating("110")).fact().toPlainString(),
                "25");

        Cli.Run gate = e007("--indicator", "quality", "--goal", "gate:quality gate");
        assertEquals(0, gate.code(), gate.err());
        Inverse gateExpected = Planning.e007().inverse(Planning.e007Facts(), "quality", Goal.gate("quality gate"));
        assertEquals(Inverse.Outcome.ALREADY_MET, gateExpected.outcome());
        assertTrue(gate.out().contains("outcome ALREADY_MET\nanswer " + gateExpected.fact().toPlainString() + " ("
                + gateExpected.valueAtAnswer() + ")\none step worse " + gateExpected.worseFact().toPlainString()
                + " does not reach the goal\n"), gate.out());
        // the gate needs 90 % of the quality plan of 5: 4.5, not 4.4
        assertEquals("4.5", gateExpected.fact().toPlainString());

        Cli.Run payout = e007("--indicator", "deals", "--goal", "payout:99999");
        assertEquals(0, payout.code(), payout.err());
        Inverse unreachable = Planning.e007().inverse(Planning.e007Facts(), "deals",
                Goal.payoutAtLeast(Money.of("EUR", "99999")));
        assertEquals(Inverse.Outcome.UNREACHABLE, unreachable.outcome());
        assertNull(unreachable.bestFact());
        assertTrue(payout.out().contains("outcome UNREACHABLE\nunreachable: best fact none, "), payout.out());
        assertFalse(unreachable.obstacles().isEmpty());
        assertTrue(payout.out().contains("obstacle " + unreachable.obstacles().get(0).kind() + " at "
                + unreachable.obstacles().get(0).place() + ": " + unreachable.obstacles().get(0).detail() + "\n"),
                payout.out());
        assertTrue(payout.out().contains("CAPPED_INDEX at deals"), payout.out());
    }

    @Test
    void badArgumentsExitWithTwoAndNoStackTrace() {
        for (String[] bad : List.of(new String[] {"--indicator", "deals", "--goal", "band:bonus"},
            new String[] {"--indicator", "deals", "--goal", "rating"}, new String[] {"--indicator", "deals", "--goal",
                "rating:high"}, new String[] {"--indicator", "deals", "--goal", "next-band:nonesuch"},
            new String[] {"--indicator", "deals", "--goal", "gate:nonesuch"}, new String[] {"--indicator", "deals",
                "--goal", "next-band:quality gate"}, new String[] {"--indicator", "deals", "--goal", "rating:110",
                "--step", "0.3"}, new String[] {"--indicator", "calls", "--goal", "rating:110"},
            new String[] {"--indicator", "deals"})) {
            Cli.Run run = e007(bad);
            assertEquals(2, run.code(), List.of(bad) + ": " + run.out() + run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains("Usage: kpi inverse"), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        Cli.Run malformed = Cli.run("inverse", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(),
                "--employee", "e031", "--indicator", "deals", "--goal", "rating:110");
        assertEquals(1, malformed.code());
        assertTrue(malformed.err().endsWith("kpi inverse: employee 'e031' is not computed from malformed rows\n"),
                malformed.err());
    }
}
