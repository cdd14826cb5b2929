package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.plan.DisputeKind;

import java.time.LocalDate;

/** PP-10: a disagreement or complaint about the plan, its stage (1..3) and dates. */
public record DisputeRaised(DisputeKind kind, int stage, LocalDate raisedOn, String summary, LocalDate resolvedOn) {
}
