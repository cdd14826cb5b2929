package org.leavingcare.notification.domain.measures;

/**
 * The groups the inspection found served worst, and everyone else. A young person who is both disabled
 * and unaccompanied is counted in both groups; {@link #OTHER} is neither, and is the reference the gaps
 * are measured against.
 */
public enum ParityGroup {
    DISABLED,
    UNACCOMPANIED,
    OTHER;

    public boolean includes(DeadlineFact fact) {
        return switch (this) {
            case DISABLED -> fact.disabled();
            case UNACCOMPANIED -> fact.uasc();
            case OTHER -> !fact.disabled() && !fact.uasc();
        };
    }
}
