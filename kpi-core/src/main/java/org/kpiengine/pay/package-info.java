/**
 * Pay plans: bonus schemes and modifiers that turn a scorecard evaluation into an exact payout.
 *
 * <p>A {@link org.kpiengine.pay.PayPlan} holds one or more {@link org.kpiengine.pay.Scheme}s and
 * {@link org.kpiengine.pay.Modifier}s; {@link org.kpiengine.pay.PayPlan#evaluate} applies them to an
 * {@link org.kpiengine.scorecard.Evaluation} and the employee's {@link org.kpiengine.pay.PayInputs},
 * giving a {@link org.kpiengine.pay.Payout}.
 */
@NullMarked
package org.kpiengine.pay;

import org.jspecify.annotations.NullMarked;
