package org.kpiengine.pay;

import org.kpiengine.Precision;
import org.kpiengine.scorecard.Evaluation;

/** Runs one scheme alone. */
final class SchemeAssertions {

    private SchemeAssertions() {
    }

    static Accrual accrue(Scheme scheme, Evaluation evaluation, PayInputs inputs) {
        return scheme.accrue(new PayContext(evaluation, inputs, Precision.DEFAULT));
    }
}
