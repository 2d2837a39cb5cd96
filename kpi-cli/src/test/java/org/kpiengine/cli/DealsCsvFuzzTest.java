package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kpiengine.credit.CreditLedger;

/**
 * Mutates a CSV deals table (byte flips, stray quotes and separators, deleted, duplicated and
 * swapped lines, truncation, bytes that are not UTF-8, CRLF) and reads each: it either gives a
 * ledger or is refused with a message naming the file and, for a row, a line of the file; never
 * another exception.
 *
 * <p>The seed is random on each run and printed; rerun one with {@code -Dfuzz.seed=N}.
 */
class DealsCsvFuzzTest {

    private static final int FILES = 3_000;
    private static final Pattern WHERE = Pattern.compile("^deals\\.csv(?::([0-9]+))?: .+", Pattern.DOTALL);

    @Test
    void mutatedDealsTablesAreReadOrRefusedByLineNeverThrown() {
        long seed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
        String rerun = "fuzz seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")";
        System.out.println("DealsCsvFuzzTest: " + rerun);
        Random random = new Random(seed);
        byte[] sample = DealsCsvTest.dealsCsv().getBytes(StandardCharsets.UTF_8);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < FILES; i++) {
            byte[] bytes = mutate(random, sample);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            try {
                CreditLedger ledger = DealsCsv.read("deals.csv", bytes);
                assertTrue(ledger.transactions().size() <= text.split("\n", -1).length, rerun);
                read++;
            } catch (Unusable e) {
                Matcher m = WHERE.matcher(e.getMessage());
                assertTrue(m.matches(), "message without file: " + e.getMessage() + " [" + rerun + ", file " + i + "]");
                if (m.group(1) != null) {
                    int line = Integer.parseInt(m.group(1));
                    int lines = text.split("\r\n|\r|\n", -1).length;
                    assertTrue(line >= 1 && line <= lines, "line " + line + " of " + lines + ": " + e.getMessage()
                            + " [" + rerun + ", file " + i + "]");
                }
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("uncaught " + e + " [" + rerun + ", file " + i + "]:\n" + text, e);
            }
        }
        System.out.println("DealsCsvFuzzTest: " + FILES + " files, " + read + " read, " + refused + " refused by line");
        assertTrue(read > 0 && refused > 0, "the mutations should leave some files readable and break others");
    }

    private static byte[] mutate(Random random, byte[] sample) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(sample, start, i));
                start = i + 1;
            }
        }
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            byte[] line = lines.get(at);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line.clone());
                case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
                case 3 -> lines.set(at, insert(random, line, (byte) '"'));
                case 4 -> lines.set(at, insert(random, line, (byte) (random.nextBoolean() ? ',' : ';')));
                case 5 -> lines.set(at, insert(random, line, (byte) (0x80 + random.nextInt(0x80))));
                case 6 -> {
                    if (line.length > 0) {
                        byte[] flipped = line.clone();
                        flipped[random.nextInt(line.length)] = (byte) (0x20 + random.nextInt(0x5F));
                        lines.set(at, flipped);
                    }
                }
                default -> lines.set(at, java.util.Arrays.copyOf(line, random.nextInt(line.length + 1)));
            }
        }
        boolean crlf = random.nextInt(4) == 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        return out.toByteArray();
    }

    private static byte[] insert(Random random, byte[] line, byte b) {
        int at = random.nextInt(line.length + 1);
        byte[] out = new byte[line.length + 1];
        System.arraycopy(line, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(line, at, out, at + 1, line.length - at);
        return out;
    }
}
