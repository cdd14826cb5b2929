package org.leavingcare.pathway.service;

import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.NeedsAssessmentSection;

import java.util.List;

/** A needs assessment with its written sections, and whose it is ({@code uasc} decides which sections are required). */
public record RecordedAssessment(String caseRef, boolean uasc, NeedsAssessment assessment,
                                 List<NeedsAssessmentSection> sections) {
}
