package org.kpiengine.cli;

/**
 * A file that cannot be used as a whole (it cannot be read, it is not a plan, its header lacks a
 * required column), or a written file that cannot be written: an expected outcome of bad input,
 * so it carries no stack trace. The message is {@code file: reason}.
 */
final class Unusable extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    Unusable(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
