package org.dispatches.extract;

/**
 * A number a report states about the conflict.
 *
 * @param kind what is counted: one of {@link FigureKind}'s names (killed, wounded, hostages, ...)
 * @param value the count (for durations, days)
 * @param qualifier "about", "at least", "more than", "nearly", ...; null when the number is exact
 * @param subject who or what is counted ("Palestinians", "soldiers"); null when not stated
 * @param attribution who says so ("Gaza's health ministry"); null when not stated
 * @param sentence the sentence the figure came from
 */
public record Figure(
    String kind, long value, String qualifier, String subject, String attribution, String sentence) {}
