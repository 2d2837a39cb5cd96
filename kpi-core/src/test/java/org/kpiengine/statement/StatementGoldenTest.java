package org.kpiengine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpiengine.statement.StatementSamples.Language;

/**
 * Golden texts: the sales-manager matrix and the monthly payout in each shipped language, compared
 * whole with the files under src/test/resources/org/kpiengine/statement/golden.
 */
class StatementGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/kpiengine/statement/golden");

    @ParameterizedTest
    @EnumSource(Language.class)
    void salesManagerMatrix(Language language) throws IOException {
        assertGolden("sales-manager-" + language.tag() + ".txt", StatementSamples.salesManager(language).toText(language.locale()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void monthlyPayout(Language language) throws IOException {
        assertGolden("monthly-payout-" + language.tag() + ".txt", StatementSamples.monthly(language).toText(language.locale()));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("statement.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
