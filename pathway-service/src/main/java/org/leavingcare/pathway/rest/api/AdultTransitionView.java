package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.transition.AdultServicesDecision;
import org.leavingcare.pathway.repository.AdultTransition;

import java.time.Instant;
import java.time.LocalDate;

/** The adult-transition facts as recorded, with who recorded them last and when. */
@Schema(name = "AdultTransition")
public record AdultTransitionView(LocalDate referredToAdultSocialCareOn, LocalDate careActAssessmentCompletedOn,
                                  AdultServicesDecision adultServicesDecision, LocalDate adultServicesDecisionOn,
                                  String leadWorker, String updatedBy, Instant updatedAt) {

    public static AdultTransitionView of(AdultTransition a) {
        return a == null ? null : new AdultTransitionView(a.referredToAdultSocialCareOn, a.careActAssessmentCompletedOn,
                a.adultServicesDecision, a.adultServicesDecisionOn, a.leadWorker, a.updatedBy, a.updatedAt);
    }
}
