package org.leavingcare.notification.domain.measures.audit;

/**
 * How much more likely a young person in each stratum is to be drawn than one in {@link AuditStratum#OTHER}
 * (a local choice of the QA lead; the defaults favour open breaches, then disabled and unaccompanied
 * young people, whom the inspection found served worst).
 */
public record AuditWeights(int openBreach, int disabled, int unaccompanied, int other) {

    public AuditWeights {
        if (openBreach < 1 || disabled < 1 || unaccompanied < 1 || other < 1) {
            throw new IllegalArgumentException("every weight must be at least 1");
        }
    }

    public static AuditWeights defaults() {
        return new AuditWeights(3, 2, 2, 1);
    }

    public int of(AuditStratum stratum) {
        return switch (stratum) {
            case OPEN_BREACH -> openBreach;
            case DISABLED -> disabled;
            case UNACCOMPANIED -> unaccompanied;
            case OTHER -> other;
        };
    }
}
