/**
 * Reading a CRM's CSV export and a pay-plan definition, and writing a results CSV: the file side
 * of the team-payout example, written to be copied.
 */
package org.kpiengine.examples.files;
