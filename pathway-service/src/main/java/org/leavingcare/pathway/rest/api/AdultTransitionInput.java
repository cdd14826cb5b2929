package org.leavingcare.pathway.rest.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.transition.AdultServicesDecision;
import org.leavingcare.pathway.service.AdultTransitionFacts;

import java.time.LocalDate;

/** The facts of a disabled young person's move to adult services (rules.md §7); replaces what was recorded. */
@Schema(name = "AdultTransitionInput", example = """
        {"likelyAdultCareNeeds": true, "ehcp": true, "referredToAdultSocialCareOn": "2026-01-15",
         "careActAssessmentCompletedOn": null, "adultServicesDecision": null, "adultServicesDecisionOn": null,
         "leadWorker": "cwd-3"}""")
public record AdultTransitionInput(@Schema(description = "DIS-1; left out keeps the young person's value") Boolean likelyAdultCareNeeds,
                                   @Schema(description = "DIS-6; left out keeps the young person's value") Boolean ehcp,
                                   LocalDate referredToAdultSocialCareOn,
                                   @Schema(description = "Care Act 2014 s58") LocalDate careActAssessmentCompletedOn,
                                   AdultServicesDecision adultServicesDecision, LocalDate adultServicesDecisionOn,
                                   @Schema(description = "DIS-7: the lead worker in the children-with-disabilities team")
                                   @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must contain only letters, digits, - and _") String leadWorker) {

    public AdultTransitionFacts toFacts() {
        return new AdultTransitionFacts(likelyAdultCareNeeds, ehcp, referredToAdultSocialCareOn, careActAssessmentCompletedOn,
                adultServicesDecision, adultServicesDecisionOn, leadWorker);
    }
}
