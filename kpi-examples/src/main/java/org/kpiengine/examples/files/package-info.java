/**
 * Reading a CRM's CSV export and a pay-plan definition, and writing a results CSV: the file side
 * of the team-payout example, written to be copied. CSV is parsed and written by Apache Commons
 * CSV behind a record splitter that confines a broken quote to its own line; every problem is
 * reported as {@code file:line: reason} (see docs/guides/files.md).
 */
package org.kpiengine.examples.files;
