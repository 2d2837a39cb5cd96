package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples run back to back: each starts with one title line naming itself. */
class ExampleTitlesTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("QuickStart", (Console.Program) () -> QuickStart.main(new String[0])),
                Arguments.of("SalesManagerMatrix", (Console.Program) () -> SalesManagerMatrix.main(new String[0])),
                Arguments.of("CommissionAsLinearBonus", (Console.Program) () -> CommissionAsLinearBonus.main(new String[0])),
                Arguments.of("MonthlyPayout", (Console.Program) () -> MonthlyPayout.main(new String[0])),
                Arguments.of("ManagerMonthFromCounters", (Console.Program) () -> ManagerMonthFromCounters.main(new String[0])),
                Arguments.of("PlanFromJson", (Console.Program) () -> PlanFromJson.main(new String[0])),
                Arguments.of("StabilisationPlan", (Console.Program) () -> StabilisationPlan.main(new String[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsOneTitleLineFirst(String name, Console.Program program) throws Exception {
        List<String> lines = Console.capture(program).lines().toList();
        String title = lines.get(0);
        assertTrue(title.matches("== " + name + ": [^=]+ =="), title);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("== ")).count(), "exactly one title line");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("usage:")), "no usage text on a normal run");
    }
}
