/**
 * Pay plans: bonus schemes and modifiers that turn a scorecard evaluation into an exact payout.
 *
 * <p>A {@link org.kpiengine.pay.PayPlan} holds {@link org.kpiengine.pay.Scheme}s and
 * {@link org.kpiengine.pay.Modifier}s (either list may be empty); {@link org.kpiengine.pay.PayPlan#evaluate}
 * applies them to an {@link org.kpiengine.scorecard.Evaluation} (or to none, for a plan that reads
 * only pay inputs) and the employee's {@link org.kpiengine.pay.PayInputs}, giving a
 * {@link org.kpiengine.pay.Payout}. Fixed schemes and gates decide on a
 * {@link org.kpiengine.pay.Condition}, whose {@link org.kpiengine.pay.ConditionCheck} each pay line
 * carries.
 */
@NullMarked
package org.kpiengine.pay;

import org.jspecify.annotations.NullMarked;
