package org.kpiengine.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What travels to the executors for one role: the plan's JSON text, the currency code of its
 * amounts and the names of its per-employee pay inputs. Parsed on the executor by {@link Plans}.
 *
 * @param role the role, as in the facts' {@code role} column
 * @param json the plan document
 * @param currencyCode the ISO 4217 code of salaries and amounts
 * @param inputs the names of per-employee pay inputs that are not indicators
 */
record RolePlan(String role, String json, String currencyCode, List<String> inputs) implements Serializable {

    private static final long serialVersionUID = 1L;

    RolePlan {
        inputs = List.copyOf(inputs);
    }
}
