package org.kpiengine.cli;

/**
 * A problem of an input file: where it is and what is wrong.
 *
 * <p>{@link #toString()} gives {@code file:line: reason}, or {@code file: reason} for a problem of
 * the whole file ({@code line} 0).
 *
 * @param file the file name, as given
 * @param line the 1-based line number (the header is line 1), or 0 for the whole file
 * @param employeeId the employee the row belongs to, or an empty string if it could not be read
 * @param reason what is wrong, for a person
 */
record Problem(String file, int line, String employeeId, String reason) {

    /** The most characters of a value a message quotes. */
    static final int SHOWN = 40;

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }

    /**
     * Quotes a value from a file for a message: in single quotes, control characters written as
     * escapes ({@code \n}, {@code \u0000}), and at most {@value #SHOWN} characters of a longer
     * value, followed by its length.
     *
     * @param value the value, not null
     * @return the quoted value, not null
     */
    public static String show(String value) {
        int shown = Math.min(value.length(), SHOWN);
        StringBuilder out = new StringBuilder(shown + 24).append('\'');
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('\'');
        if (value.length() > shown) {
            out.insert(out.length() - 1, "...").append(" (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }
}
