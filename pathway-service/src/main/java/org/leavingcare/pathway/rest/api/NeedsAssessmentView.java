package org.leavingcare.pathway.rest.api;

import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.NeedsAssessmentSection;
import org.leavingcare.pathway.domain.assessment.AssessmentSection;
import org.leavingcare.pathway.domain.assessment.RiskRating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    public static NeedsAssessmentView of(String caseRef, boolean uasc, NeedsAssessment a, List<NeedsAssessmentSection> sections) {
        List<AssessmentSection> required = AssessmentSection.requiredFor(uasc);
        List<AssessmentSection> present = sections.stream().map(s -> s.section).toList();
        return new NeedsAssessmentView(a.id, caseRef, a.startedOn, a.startedBy, a.completedOn, a.completedBy,
                a.completedAt, a.riskRating, a.narrative, required,
                required.stream().filter(s -> !present.contains(s)).toList(),
                sections.stream().map(s -> new SectionView(s.section, s.summary, s.updatedBy, s.updatedAt)).toList());
    }
}
