/**
 * The team batch inside Apache Spark: {@link org.kpiengine.spark.SparkTeamBatch} turns a
 * {@code Dataset<Row>} of facts in the long format into a {@code Dataset<Row>} of results, one
 * per employee, computed partition by partition with {@link org.kpiengine.batch.TeamBatch} from
 * plans given as JSON documents. See docs/guides/spark.md.
 */
@NullMarked
package org.kpiengine.spark;

import org.jspecify.annotations.NullMarked;
