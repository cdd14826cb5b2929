package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.domain.assessment.AssessmentSection;
import org.leavingcare.pathway.domain.assessment.CircumstanceKind;
import org.leavingcare.pathway.domain.assessment.RiskRating;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.repository.ChangeOfCircumstance;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.NeedsAssessmentSection;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Needs assessments (rules.md NA-1, NA-2) and the changes of circumstance that make a reassessment due (NA-6). */
@ApplicationScoped
@Transactional
public class NeedsAssessmentService {

    @Inject
    CaseClock caseClock;

    @Inject
    YoungPersonAccess people;

    @Inject
    CaseRecordPublisher publisher;

    /** Starts an assessment on {@code startedOn} (today if null); 409 while another is in progress. */
    public Written<RecordedAssessment> start(String caseRef, LocalDate startedOn, String ifMatch, String by) {
        YoungPerson person = people.forUpdate(caseRef, ifMatch, by);
        LocalDate on = startedOn == null ? caseClock.today() : startedOn;
        notFutureNorBeforeBirth("startedOn", on, person);
        if (NeedsAssessment.oneInProgress(person.id)) {
            throw ApiProblem.conflict("An assessment of " + caseRef + " is already in progress; complete it first");
        }
        NeedsAssessment assessment = new NeedsAssessment();
        assessment.youngPersonId = person.id;
        assessment.startedOn = on;
        assessment.startedBy = by;
        assessment.persist();
        publisher.publish(person, "needs-assessment.started");
        Log.infof("Needs assessment %d of %s started", assessment.id, caseRef);
        return new Written<>(recorded(person, assessment), person.etag());
    }

    public Written<RecordedAssessment> putSection(String caseRef, long id, String sectionName, String summary,
                                                  String ifMatch, String by) {
        AssessmentSection section = section(sectionName);
        YoungPerson person = people.forUpdate(caseRef, ifMatch, by);
        NeedsAssessment assessment = assessment(person, id);
        if (assessment.completed()) {
            throw ApiProblem.conflict("Needs assessment " + id + " was completed on " + assessment.completedOn
                    + " and can no longer change; start a new one");
        }
        NeedsAssessmentSection stored = NeedsAssessmentSection.of(assessment.id, section);
        if (stored == null) {
            stored = new NeedsAssessmentSection();
            stored.needsAssessmentId = assessment.id;
            stored.section = section;
        }
        stored.summary = summary;
        stored.updatedBy = by;
        stored.updatedAt = Instant.now(caseClock.clock);
        if (stored.id == null) {
            stored.persist();
        }
        publisher.publish(person, "needs-assessment.section-updated");
        return new Written<>(recorded(person, assessment), person.etag());
    }

    /** Completes an assessment if every required section is there (a 422 listing the missing ones otherwise). */
    public Written<RecordedAssessment> complete(String caseRef, long id, RiskRating riskRating, String narrative,
                                                LocalDate completedOn, String ifMatch, String by) {
        YoungPerson person = people.forUpdate(caseRef, ifMatch, by);
        NeedsAssessment assessment = assessment(person, id);
        if (assessment.completed()) {
            throw ApiProblem.conflict("Needs assessment " + id + " was already completed on " + assessment.completedOn);
        }
        LocalDate on = completedOn == null ? caseClock.today() : completedOn;
        if (on.isAfter(caseClock.today())) {
            throw ApiProblem.unprocessable("completedOn", "must not be in the future");
        }
        if (on.isBefore(assessment.startedOn)) {
            throw ApiProblem.unprocessable("completedOn", "must not be before the assessment started (" + assessment.startedOn + ")");
        }
        List<AssessmentSection> missingSections = AssessmentSection.missingFrom(person.uasc,
                NeedsAssessmentSection.of(assessment.id).stream().map(s -> s.section).toList());
        if (!missingSections.isEmpty()) {
            List<FieldViolation> missing = missingSections.stream()
                    .map(s -> new FieldViolation("sections." + s, "is required to complete the assessment (CPPCR reg 42(2))"))
                    .toList();
            throw ApiProblem.unprocessable("The assessment is missing " + missing.size() + " required section(s): "
                    + missingSections.stream().map(Enum::name).collect(Collectors.joining(", ")), missing);
        }
        assessment.completedOn = on;
        assessment.completedBy = by;
        assessment.completedAt = Instant.now(caseClock.clock);
        assessment.riskRating = riskRating;
        assessment.narrative = narrative;
        publisher.publish(person, "needs-assessment.completed");
        Log.infof("Needs assessment %d of %s completed", assessment.id, caseRef);
        return new Written<>(recorded(person, assessment), person.etag());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordedAssessment> list(String caseRef) {
        YoungPerson person = people.find(caseRef);
        return NeedsAssessment.of(person.id).stream().map(a -> recorded(person, a)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecordedAssessment get(String caseRef, long id) {
        YoungPerson person = people.find(caseRef);
        return recorded(person, assessment(person, id));
    }

    /** NA-6: records a change of circumstance; a reassessment falls due if an assessment was completed before it. */
    public Written<ChangeOfCircumstance> recordChange(String caseRef, CircumstanceKind kind, LocalDate occurredOn,
                                                      String summary, String ifMatch, String by) {
        YoungPerson person = people.forUpdate(caseRef, ifMatch, by);
        notFutureNorBeforeBirth("occurredOn", occurredOn, person);
        ChangeOfCircumstance change = new ChangeOfCircumstance();
        change.youngPersonId = person.id;
        change.kind = kind;
        change.occurredOn = occurredOn;
        change.summary = summary;
        change.recordedBy = by;
        change.recordedAt = Instant.now(caseClock.clock);
        change.persist();
        publisher.publish(person, "change-of-circumstance.recorded");
        Log.infof("Change of circumstance %s recorded for %s", kind, caseRef);
        return new Written<>(change, person.etag());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeOfCircumstance> changes(String caseRef) {
        YoungPerson person = people.find(caseRef);
        return ChangeOfCircumstance.of(person.id);
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

    private static RecordedAssessment recorded(YoungPerson person, NeedsAssessment assessment) {
        return new RecordedAssessment(person.caseRef, person.uasc, assessment, NeedsAssessmentSection.of(assessment.id));
    }
}
