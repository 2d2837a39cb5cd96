/**
 * Runnable example programs, each a short, commented {@code main} an integrator can copy from:
 * the quick start, the sales-manager KPI matrix, commission as a linear bonus, a monthly payout,
 * a manager's month from CRM counters, a plan read from JSON and a team paid
 * in one batch, and plans that keep figures steady (an at-most gate, a guaranteed bonus, salary minus idle hours).
 */
package org.kpiengine.examples;
