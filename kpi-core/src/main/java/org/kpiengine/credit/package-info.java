/**
 * From deals to facts: transactions with credit receivers and shares, the exact split of an
 * amount by largest remainder ({@link org.kpiengine.credit.Allocation}), refunds that reverse what
 * their deal gave, aggregation into each employee's facts for a period by booking date or by cash
 * received, roll-ups over a dated reporting hierarchy, team pools, and the explanation of every
 * credited fact.
 *
 * <p>See docs/reference/credit.md for the rules and worked examples.
 */
@NullMarked
package org.kpiengine.credit;

import org.jspecify.annotations.NullMarked;
