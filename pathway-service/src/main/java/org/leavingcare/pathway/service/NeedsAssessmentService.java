package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.rest.api.AssessmentInputs;
import org.leavingcare.pathway.domain.assessment.AssessmentSection;
import org.leavingcare.pathway.repository.ChangeOfCircumstance;
import org.leavingcare.pathway.rest.api.ChangeOfCircumstanceView;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.NeedsAssessmentSection;
import org.leavingcare.pathway.rest.api.NeedsAssessmentView;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Needs assessments (rules.md NA-1, NA-2) and the changes of circumstance that make a reassessment due (NA-6). */
@ApplicationScoped
public class NeedsAssessmentService {

    @Inject
    CaseClock caseClock;

    @Inject
    CaseRecords records;

    @Inject
    EntityManager em;

    @Transactional
    public Written<NeedsAssessmentView> start(String caseRef, AssessmentInputs.Start input, String ifMatch, String by) {
        YoungPerson person = records.forUpdate(caseRef, ifMatch, by);
        LocalDate startedOn = input == null || input.startedOn() == null ? caseClock.today() : input.startedOn();
        notFutureNorBeforeBirth("startedOn", startedOn, person);
        if (NeedsAssessment.count("youngPersonId = ?1 and completedOn is null", person.id) > 0) {
            throw ApiProblem.conflict("An assessment of " + caseRef + " is already in progress; complete it first");
        }
        NeedsAssessment assessment = new NeedsAssessment();
        assessment.youngPersonId = person.id;
        assessment.startedOn = startedOn;
        assessment.startedBy = by;
        assessment.persist();
        em.flush();
        records.publish(person, "needs-assessment.started");
        Log.infof("Needs assessment %d of %s started", assessment.id, caseRef);
        return new Written<>(view(person, assessment), person.etag());
    }

    @Transactional
    public Written<NeedsAssessmentView> putSection(String caseRef, long id, String sectionName,
                                                   AssessmentInputs.Section input, String ifMatch, String by) {
        AssessmentSection section = section(sectionName);
        YoungPerson person = records.forUpdate(caseRef, ifMatch, by);
        NeedsAssessment assessment = assessment(person, id);
        if (assessment.completed()) {
            throw ApiProblem.conflict("Needs assessment " + id + " was completed on " + assessment.completedOn
                    + " and can no longer change; start a new one");
        }
        NeedsAssessmentSection stored = NeedsAssessmentSection.<NeedsAssessmentSection>find(
                "needsAssessmentId = ?1 and section = ?2", assessment.id, section).firstResult();
        if (stored == null) {
            stored = new NeedsAssessmentSection();
            stored.needsAssessmentId = assessment.id;
            stored.section = section;
        }
        stored.summary = input.summary();
        stored.updatedBy = by;
        stored.updatedAt = Instant.now(caseClock.clock);
        if (stored.id == null) {
            stored.persist();
        }
        em.flush();
        records.publish(person, "needs-assessment.section-updated");
        return new Written<>(view(person, assessment), person.etag());
    }

    /** Completes an assessment if every required section is there (a 422 listing the missing ones otherwise). */
    @Transactional
    public Written<NeedsAssessmentView> complete(String caseRef, long id, AssessmentInputs.Completion input,
                                                 String ifMatch, String by) {
        YoungPerson person = records.forUpdate(caseRef, ifMatch, by);
        NeedsAssessment assessment = assessment(person, id);
        if (assessment.completed()) {
            throw ApiProblem.conflict("Needs assessment " + id + " was already completed on " + assessment.completedOn);
        }
        LocalDate completedOn = input.completedOn() == null ? caseClock.today() : input.completedOn();
        if (completedOn.isAfter(caseClock.today())) {
            throw ApiProblem.unprocessable("completedOn", "must not be in the future");
        }
        if (completedOn.isBefore(assessment.startedOn)) {
            throw ApiProblem.unprocessable("completedOn", "must not be before the assessment started (" + assessment.startedOn + ")");
        }
        NeedsAssessmentView current = view(person, assessment);
        if (!current.missingSections().isEmpty()) {
            List<FieldViolation> missing = current.missingSections().stream()
                    .map(s -> new FieldViolation("sections." + s, "is required to complete the assessment (CPPCR reg 42(2))"))
                    .toList();
            throw ApiProblem.unprocessable("The assessment is missing " + missing.size() + " required section(s): "
                    + current.missingSections().stream().map(Enum::name).collect(Collectors.joining(", ")), missing);
        }
        assessment.completedOn = completedOn;
        assessment.completedBy = by;
        assessment.completedAt = Instant.now(caseClock.clock);
        assessment.riskRating = input.riskRating();
        assessment.narrative = input.narrative();
        em.flush();
        records.publish(person, "needs-assessment.completed");
        Log.infof("Needs assessment %d of %s completed", assessment.id, caseRef);
        return new Written<>(view(person, assessment), person.etag());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NeedsAssessmentView> list(String caseRef) {
        YoungPerson person = records.find(caseRef);
        return NeedsAssessment.of(person.id).stream().map(a -> view(person, a)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NeedsAssessmentView get(String caseRef, long id) {
        YoungPerson person = records.find(caseRef);
        return view(person, assessment(person, id));
    }

    /** NA-6: records a change of circumstance; a reassessment falls due if an assessment was completed before it. */
    @Transactional
    public Written<ChangeOfCircumstanceView> recordChange(String caseRef, AssessmentInputs.Change input, String ifMatch,
                                                         String by) {
        YoungPerson person = records.forUpdate(caseRef, ifMatch, by);
        notFutureNorBeforeBirth("occurredOn", input.occurredOn(), person);
        ChangeOfCircumstance change = new ChangeOfCircumstance();
        change.youngPersonId = person.id;
        change.kind = input.kind();
        change.occurredOn = input.occurredOn();
        change.summary = input.summary();
        change.recordedBy = by;
        change.recordedAt = Instant.now(caseClock.clock);
        change.persist();
        em.flush();
        records.publish(person, "change-of-circumstance.recorded");
        Log.infof("Change of circumstance %s recorded for %s", input.kind(), caseRef);
        return new Written<>(ChangeOfCircumstanceView.of(change), person.etag());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeOfCircumstanceView> changes(String caseRef) {
        YoungPerson person = records.find(caseRef);
        return ChangeOfCircumstance.of(person.id).stream().map(ChangeOfCircumstanceView::of).toList();
    }

    private void notFutureNorBeforeBirth(String field, LocalDate date, YoungPerson person) {
        if (date.isAfter(caseClock.today())) {
            throw ApiProblem.unprocessable(field, "must not be in the future");
        }
        if (date.isBefore(person.dateOfBirth)) {
            throw ApiProblem.unprocessable(field, "must not be before the date of birth");
        }
    }

    private static AssessmentSection section(String name) {
        try {
            return AssessmentSection.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("section", "must be one of " + Arrays.stream(AssessmentSection.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static NeedsAssessment assessment(YoungPerson person, long id) {
        NeedsAssessment assessment = NeedsAssessment.findById(id);
        if (assessment == null || !assessment.youngPersonId.equals(person.id)) {
            throw ApiProblem.notFound("No needs assessment " + id + " for " + person.caseRef);
        }
        return assessment;
    }

    private static NeedsAssessmentView view(YoungPerson person, NeedsAssessment assessment) {
        return NeedsAssessmentView.of(person.caseRef, person.uasc, assessment, NeedsAssessmentSection.of(assessment.id));
    }
}
