package org.leavingcare.notification.domain.measures;

/**
 * One group's tally for a measure, with its gap: the {@link ParityGroup#OTHER} group's on-time rate
 * minus this group's (a positive gap means this group is served worse). {@code null} for the reference
 * group itself, and when either rate is unknown.
 */
public record ParitySplit(ParityGroup group, Tally tally, Double gap) {
}
