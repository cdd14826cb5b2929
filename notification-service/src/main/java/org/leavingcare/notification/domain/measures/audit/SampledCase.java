package org.leavingcare.notification.domain.measures.audit;

/**
 * One young person drawn, with their stratum and the chance that a young person of that stratum was
 * drawn ({@code drawn / population}), so a QA lead can weight audit findings back to the whole caseload.
 */
public record SampledCase(String caseRef, String team, AuditStratum stratum, int openBreaches, double inclusionProbability) {
}
