package org.dispatches.claims;

/**
 * The claims of one source in one period.
 *
 * @param period the period's first day (ISO)
 * @param source the canonical source; {@value ClaimSummary#UNATTRIBUTED} for figures with none
 * @param median the middle value; for an even count, the mean of the two middle values
 */
public record SummaryRow(
    String period, String source, long count, long min, double median, long max) {}
