package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.transition.AdultServicesDecision;

import java.time.LocalDate;

/**
 * The facts of a disabled young person's move to adult services (rules.md §7), replacing what was recorded;
 * {@code likelyAdultCareNeeds} and {@code ehcp} are the young person's, kept when null.
 */
public record AdultTransitionFacts(Boolean likelyAdultCareNeeds, Boolean ehcp, LocalDate referredToAdultSocialCareOn,
                                   LocalDate careActAssessmentCompletedOn, AdultServicesDecision adultServicesDecision,
                                   LocalDate adultServicesDecisionOn, String leadWorker) {
}
