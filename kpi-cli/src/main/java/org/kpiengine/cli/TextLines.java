package org.kpiengine.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a text file that must be UTF-8, each decoded on its own so that bytes that are not
 * UTF-8 are reported at their line instead of failing the whole file.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; a UTF-8 byte order mark at the
 * start of the file is dropped. A line with bytes that are not UTF-8 keeps its text, each such byte
 * written as {@code \xHH}, and carries the reason.
 */
final class TextLines {

    /** The encoding every input file must be in. */
    static final String EXPECTED = "UTF-8";

    /**
     * One physical line.
     *
     * @param number the 1-based line number
     * @param text the text, without the line break
     * @param lineBreak the line break that ended it: {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or
     *     {@code ""} for the last line of a file that does not end with one
     * @param encodingProblem why the line is not valid UTF-8, or null if it is
     */
    record Line(int number, String text, String lineBreak, String encodingProblem) {
    }

    /**
     * The lines of a file.
     *
     * @param lines the lines, not null
     * @param fileProblem why the file as a whole cannot be read as UTF-8 text, or null
     */
    record Decoded(List<Line> lines, String fileProblem) {
    }

    private TextLines() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(List.of(), "the file is UTF-16 (it starts with a UTF-16 byte order mark); expected "
                    + EXPECTED + ": save it as " + EXPECTED);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int i = start;
        while (i < bytes.length) {
            int end = i;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String lineBreak;
            if (end == bytes.length) {
                lineBreak = "";
            } else if (bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n') {
                lineBreak = "\r\n";
            } else {
                lineBreak = bytes[end] == '\n' ? "\n" : "\r";
            }
            number++;
            lines.add(line(decoder, bytes, i, end, number, lineBreak));
            i = end + lineBreak.length();
        }
        return new Decoded(List.copyOf(lines), null);
    }

    private static Line line(CharsetDecoder decoder, byte[] bytes, int from, int to, int number, String lineBreak) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(4 * (to - from) + 4);
        decoder.reset();
        String problem = null;
        int bad = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (problem == null) {
                    int column = in.position() - from + 1;
                    problem = "byte 0x" + hex(bytes[in.position()]) + " at byte " + column;
                }
                for (int k = 0; k < result.length(); k++) {
                    out.append("\\x").append(hex(bytes[in.position()]));
                    in.position(in.position() + 1);
                    bad++;
                }
            } else if (result.isUnderflow()) {
                break;
            } else {
                throw new IllegalStateException("the decoding buffer of line " + number + " is too small");
            }
        }
        decoder.flush(out);
        out.flip();
        String reason = problem == null ? null
                : "the line is not valid " + EXPECTED + " (" + (bad == 1 ? "1 byte" : bad + " bytes")
                        + " that are not " + EXPECTED + ", the first: " + problem + "); expected " + EXPECTED
                        + ": save the file as " + EXPECTED;
        return new Line(number, out.toString(), lineBreak, reason);
    }

    private static String hex(byte b) {
        return String.format(Locale.ROOT, "%02X", b & 0xFF);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
