package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.assessment.AssessmentSection;
import org.leavingcare.pathway.domain.assessment.RiskRating;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.service.RecordedAssessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A needs assessment with its sections, and which required sections are still missing. */
@Schema(name = "NeedsAssessment")
public record NeedsAssessmentView(long id, String caseRef, LocalDate startedOn, String startedBy, LocalDate completedOn,
                                  String completedBy, Instant completedAt, RiskRating riskRating, String narrative,
                                  List<AssessmentSection> requiredSections, List<AssessmentSection> missingSections,
                                  List<SectionView> sections) {

    @Schema(name = "NeedsAssessmentSection")
    public record SectionView(AssessmentSection section, String summary, String updatedBy, Instant updatedAt) {
    }

    public static NeedsAssessmentView of(RecordedAssessment recorded) {
        NeedsAssessment a = recorded.assessment();
        List<AssessmentSection> present = recorded.sections().stream().map(s -> s.section).toList();
        return new NeedsAssessmentView(a.id, recorded.caseRef(), a.startedOn, a.startedBy, a.completedOn, a.completedBy,
                a.completedAt, a.riskRating, a.narrative, AssessmentSection.requiredFor(recorded.uasc()),
                AssessmentSection.missingFrom(recorded.uasc(), present),
                recorded.sections().stream().map(s -> new SectionView(s.section, s.summary, s.updatedBy, s.updatedAt)).toList());
    }
}
