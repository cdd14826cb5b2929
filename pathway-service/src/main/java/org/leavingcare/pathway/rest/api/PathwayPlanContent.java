package org.leavingcare.pathway.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.plan.PlanContent;
import org.leavingcare.pathway.domain.plan.PlanSection;

import java.time.LocalDate;
import java.util.List;

/** What a pathway plan says: a section per statutory heading, each with actions (PP-4), and UASC-7 triple planning. */
@Schema(name = "PathwayPlanContent", example = """
        {"sections": [{"section": "ACCOMMODATION", "summary": "Stays with foster carers; staying put discussed.",
          "accommodationSuitable": true,
          "actions": [{"action": "Staying-put meeting", "owner": "sw-17", "targetDate": "2026-04-30"}]}],
         "triplePlan": null}""")
public record PathwayPlanContent(@NotNull @Size(max = 10) List<@NotNull @Valid PathwayPlanSection> sections,
                                 @Valid TriplePlan triplePlan) {

    /** The content as the plan keeps it. */
    public PlanContent toContent() {
        return new PlanContent(sections.stream().map(s -> new PlanContent.Section(s.section(), s.summary(),
                        s.accommodationSuitable(), s.councilAccommodationFrom(), s.actions() == null ? null
                        : s.actions().stream().map(a -> new PlanContent.Action(a.action(), a.owner(), a.targetDate(),
                        a.completedOn())).toList())).toList(),
                triplePlan == null ? null : new PlanContent.TriplePlanning(triplePlan.positiveDecisionBefore18(),
                        triplePlan.noDecisionBefore18(), triplePlan.refusalOrReturn()));
    }

    public static PathwayPlanContent of(PlanContent content) {
        PlanContent.TriplePlanning triple = content.triplePlan();
        return new PathwayPlanContent(content.sections().stream().map(s -> new PathwayPlanSection(s.section(), s.summary(),
                        s.accommodationSuitable(), s.councilAccommodationFrom(), s.actions() == null ? null
                        : s.actions().stream().map(a -> new PathwayPlanAction(a.action(), a.owner(), a.targetDate(), a.completedOn()))
                        .toList())).toList(),
                triple == null ? null : new TriplePlan(triple.positiveDecisionBefore18(), triple.noDecisionBefore18(),
                        triple.refusalOrReturn()));
    }

    /** One heading of the plan: how the needs will be met, by whom and by when. */
    @Schema(name = "PathwayPlanSection")
    public record PathwayPlanSection(@NotNull PlanSection section, @NotBlank @Size(max = 20000) String summary,
                                     @Schema(description = "ACCOMMODATION only: whether it is judged suitable (PP-8)") Boolean accommodationSuitable,
                                     @Schema(description = "ACCOMMODATION only: when a relevant child moved into accommodation the council provides (PP-7)")
                                     LocalDate councilAccommodationFrom,
                                     @Size(max = 100) List<@NotNull @Valid PathwayPlanAction> actions) {
    }

    /** PP-4: an action with an owner and a target date. */
    @Schema(name = "PathwayPlanAction")
    public record PathwayPlanAction(@NotBlank @Size(max = 2000) String action, @NotBlank @Size(max = 64) String owner,
                                    @NotNull LocalDate targetDate, LocalDate completedOn) {
    }

    /** UASC-7: plans for each possible immigration outcome. */
    @Schema(name = "TriplePlan")
    public record TriplePlan(@Size(max = 20000) String positiveDecisionBefore18, @Size(max = 20000) String noDecisionBefore18,
                             @Size(max = 20000) String refusalOrReturn) {
    }
}
