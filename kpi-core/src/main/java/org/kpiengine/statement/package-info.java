/**
 * The employee's pay statement: an {@link org.kpiengine.explain.Explanation}, or a period of a
 * compensation year ({@link org.kpiengine.period.PeriodStatement}) with its balances, rendered in
 * the employee's language, as plain text or as one printable HTML page, from its typed values.
 *
 * <p>{@link org.kpiengine.statement.Statement} renders; {@link org.kpiengine.statement.Wording}
 * holds a language's words and number formats, read from a resource bundle. The library ships
 * English, Russian, German and Portuguese; see docs/guides/statements.md.
 */
@NullMarked
package org.kpiengine.statement;

import org.jspecify.annotations.NullMarked;
