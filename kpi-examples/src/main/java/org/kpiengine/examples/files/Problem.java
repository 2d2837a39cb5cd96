package org.kpiengine.examples.files;

/**
 * A malformed row of an input file: where it is and what is wrong with it.
 *
 * @param file the file name, as given
 * @param line the 1-based line number (the header is line 1)
 * @param employeeId the employee the row belongs to, or an empty string if it could not be read
 * @param reason what is wrong, for a person
 */
public record Problem(String file, int line, String employeeId, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
