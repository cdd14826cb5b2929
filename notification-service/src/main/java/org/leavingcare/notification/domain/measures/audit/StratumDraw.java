package org.leavingcare.notification.domain.measures.audit;

/** How many young people a stratum holds and how many were drawn from it. */
public record StratumDraw(AuditStratum stratum, int population, int drawn) {
}
