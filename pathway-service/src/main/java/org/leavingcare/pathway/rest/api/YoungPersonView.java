package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentStatus;
import org.leavingcare.pathway.domain.calendar.Age;
import org.leavingcare.pathway.domain.calendar.Birthdays;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.domain.youngperson.Gender;
import org.leavingcare.pathway.feed.YoungPersonSnapshot;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.repository.YoungPerson;
import org.leavingcare.pathway.service.CaseRecord;
import org.leavingcare.pathway.service.Snapshots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A young person's record and what the suite computes from it as of today. */
@Schema(name = "YoungPerson")
public record YoungPersonView(String caseRef, String givenName, String familyName, LocalDate dateOfBirth,
                              Gender gender, String ethnicity, String team, String socialWorker, String reviewingOfficer, boolean disabled,
                              List<String> disabilityCodes, boolean likelyAdultCareNeeds, boolean ehcp, boolean uasc,
                              boolean complexNeeds, String complexNeedsReason, boolean careOrderAt16,
                              boolean detainedOrInHospitalOn16thBirthday, LocalDate livedWithParentSince,
                              LocalDate arrangementBrokeDownOn,
                              @Schema(description = "Computed as of today") Age age,
                              @Schema(description = "Computed (C-1)") Birthdays birthdays,
                              @Schema(description = "Looked after today (short breaks included)") boolean lookedAfter,
                              LocalDate careEndedOn,
                              @Schema(description = "Today's care-leaver category (rules.md §1.2)") CareLeaverCategory category,
                              LocalDate categorySince, LocalDate eligibilityDate,
                              @Schema(description = "The category over time if nothing else is recorded")
                              List<YoungPersonSnapshot.Segment> categoryTimeline,
                              NeedsAssessmentSummary needsAssessment, List<CareEpisodeView> careEpisodes,
                              ImmigrationView immigration, AdultTransitionView adultTransition,
                              @Schema(description = "PP-1: NOT_DUE, DUE, PLAN_OVERDUE (no plan within the configured days of the completed assessment), STARTED")
                              PlanStatus pathwayPlanStatus, YoungPersonSnapshot.PathwayPlanSnapshot pathwayPlan, long version,
                              Instant updatedAt, String updatedBy) {

    /** NA-1 and NA-6 as of today. {@code daysLate} only once completed. */
    @Schema(name = "NeedsAssessmentSummary")
    public record NeedsAssessmentSummary(LocalDate dueOn, NeedsAssessmentStatus status, Integer daysLate,
                                         LocalDate startedOn, LocalDate completedOn, LocalDate reassessmentDueOn,
                                         boolean asylumSectionCompleted) {
    }

    @Schema(name = "CareEpisode")
    public record CareEpisodeView(LocalDate start, LocalDate end, String legalStatus, String placementType,
                                  String reasonCeased) {
        static CareEpisodeView of(CareEpisodeRow e) {
            return new CareEpisodeView(e.start, e.end, e.legalStatus, e.placementType, e.reasonCeased);
        }
    }

    public static YoungPersonView of(CaseRecord r) {
        YoungPerson p = r.person();
        return new YoungPersonView(p.caseRef, p.givenName, p.familyName, p.dateOfBirth, p.gender, p.ethnicity, p.team,
                p.socialWorker, p.reviewingOfficer, p.disabled, p.disabilityCodeList(), p.likelyAdultCareNeeds, p.ehcp, p.uasc,
                p.complexNeeds, p.complexNeedsReason, p.careOrderAt16, p.detainedOrInHospitalOn16thBirthday,
                p.livedWithParentSince, p.arrangementBrokeDownOn, r.age(), r.birthdays(), r.lookedAfter(),
                r.careEndedOn(), r.category(), r.categorySince(), r.projection().eligibilityDate(),
                r.projection().timeline().stream()
                        .map(s -> new YoungPersonSnapshot.Segment(s.category(), s.from(), s.until())).toList(),
                new NeedsAssessmentSummary(r.needs().dueOn(), r.needs().status(), r.needs().daysLate(), r.startedOn(),
                        r.completedOnShown(), r.needs().reassessmentDueOn(), r.asylumSectionCompleted()),
                r.episodes().stream().map(CareEpisodeView::of).toList(),
                ImmigrationView.of(r.immigration()), AdultTransitionView.of(r.adultTransition()),
                r.planStatus(), Snapshots.pathwayPlan(r.plan()), p.version, p.updatedAt, p.updatedBy);
    }
}
