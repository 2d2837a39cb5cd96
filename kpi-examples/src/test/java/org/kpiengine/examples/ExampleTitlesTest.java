package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples run back to back: each starts with one title line naming itself. */
class ExampleTitlesTest {

    /**
     * Every program the {@code examples} profile runs (its {@code mainClass} entries in this module's
     * pom), so that a new example cannot join the profile without its title line.
     */
    static Stream<Arguments> examples() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher main = Pattern.compile("<mainClass>org\\.kpiengine\\.examples\\.(\\w+)</mainClass>").matcher(pom);
        List<Arguments> out = new ArrayList<>();
        while (main.find()) {
            String name = main.group(1);
            Method entry = Class.forName("org.kpiengine.examples." + name).getMethod("main", String[].class);
            out.add(Arguments.of(name, (Console.Program) () -> entry.invoke(null, (Object) new String[0])));
        }
        assertTrue(out.size() >= 8, "examples found in the profile: " + out.size());
        return out.stream();
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
