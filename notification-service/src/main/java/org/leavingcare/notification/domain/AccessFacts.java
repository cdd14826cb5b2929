package org.leavingcare.notification.domain;

/**
 * What decides who may see a young person (docs/access-and-audit.md): the team, social worker and
 * reviewing officer of pathway-service's snapshot, and the current personal adviser of leaver-service's.
 * Any of them may be {@code null}; a young person this service knows nothing about has no facts at all.
 */
public record AccessFacts(String team, String socialWorker, String reviewingOfficer, String adviserId) {
}
