package org.leavingcare.pathway.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.plan.ChairRole;
import org.leavingcare.pathway.domain.plan.DisputeKind;
import org.leavingcare.pathway.domain.plan.IroDecisionKind;
import org.leavingcare.pathway.domain.plan.Requester;
import org.leavingcare.pathway.service.DisputeRaised;
import org.leavingcare.pathway.service.ReviewHeld;
import org.leavingcare.pathway.service.YoungPersonResponse;

import java.time.LocalDate;

/** The request bodies of the pathway-plan operations. */
public final class PlanInputs {

    private PlanInputs() {
    }

    /** Agrees the current working copy as a new version; {@code agreedOn} defaults to today. */
    @Schema(name = "PathwayPlanAgreement", example = "{\"agreedOn\": \"2026-03-01\"}")
    public record Agreement(LocalDate agreedOn) {
    }

    /** PP-9: the young person's part, views in their own words, agreement and signature (or why not). */
    @Schema(name = "YoungPersonResponse", example = """
            {"respondedOn": "2026-03-01", "tookPart": true, "views": "I want to stay near my college.",
             "agrees": true, "signed": true, "declinedToSignReason": null}""")
    public record Response(LocalDate respondedOn, @NotNull Boolean tookPart, @Size(max = 20000) String views,
                           @NotNull Boolean agrees, @NotNull Boolean signed, @Size(max = 2000) String declinedToSignReason) {

        public YoungPersonResponse toResponse() {
            return new YoungPersonResponse(respondedOn, tookPart, views, agrees, signed, declinedToSignReason);
        }
    }

    /** PP-5, PP-6: a review held. */
    @Schema(name = "PathwayPlanReview", example = """
            {"heldOn": "2026-03-01", "chairedBy": "iro-2", "chairRole": "IRO", "outcome": "Plan remains appropriate.",
             "changesMade": "Added a college-transport action."}""")
    public record Review(@NotNull LocalDate heldOn, @NotBlank @Size(max = 64) String chairedBy, @NotNull ChairRole chairRole,
                         @NotBlank @Size(max = 20000) String outcome, @Size(max = 20000) String changesMade) {

        public ReviewHeld toReview() {
            return new ReviewHeld(heldOn, chairedBy, chairRole, outcome, changesMade);
        }
    }

    @Schema(name = "PathwayPlanReviewRequest", example = "{\"requestedOn\": \"2026-03-01\", \"requestedBy\": \"YOUNG_PERSON\"}")
    public record ReviewRequest(LocalDate requestedOn, @NotNull Requester requestedBy) {
    }

    /** The IRO's agreement with the plan, or a challenge with a reason. */
    @Schema(name = "IroDecisionInput", example = "{\"decision\": \"CHALLENGED\", \"decidedOn\": \"2026-03-01\", \"reason\": \"No accommodation plan for 18.\"}")
    public record Iro(@NotNull IroDecisionKind decision, LocalDate decidedOn, @Size(max = 20000) String reason) {
    }

    /** PP-10: a disagreement or complaint, its stage (1..3) and dates. */
    @Schema(name = "PathwayPlanDispute", example = "{\"kind\": \"COMPLAINT\", \"stage\": 1, \"raisedOn\": \"2026-03-01\", \"summary\": \"Disagrees with the move.\"}")
    public record Dispute(@NotNull DisputeKind kind, @NotNull @Min(1) @Max(3) Integer stage, @NotNull LocalDate raisedOn,
                          @Size(max = 20000) String summary, LocalDate resolvedOn) {

        public DisputeRaised toDispute() {
            return new DisputeRaised(kind, stage, raisedOn, summary, resolvedOn);
        }
    }
}
