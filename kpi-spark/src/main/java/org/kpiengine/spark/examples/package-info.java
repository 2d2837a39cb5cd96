/**
 * An example Spark job, {@link org.kpiengine.spark.examples.TeamPayoutJob}, and a generated sample
 * team to run it on. See docs/guides/spark.md.
 */
@NullMarked
package org.kpiengine.spark.examples;

import org.jspecify.annotations.NullMarked;
