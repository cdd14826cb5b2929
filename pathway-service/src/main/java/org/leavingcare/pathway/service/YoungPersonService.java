package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A young person's record as the case-management system keeps it: the upsert, and the record read as of today. */
@ApplicationScoped
@Transactional
public class YoungPersonService {

    @Inject
    CaseClock caseClock;

    @Inject
    YoungPersonAccess people;

    @Inject
    CaseRecordLoader records;

    @Inject
    CaseRecordPublisher publisher;

    @Inject
    AuditLog audit;

    /** The outcome of an upsert: the record and whether it was created. */
    public record Upserted(CaseRecord record, boolean created) {
    }

    /**
     * Creates or replaces the record for {@code caseRef}. With {@code ifMatch}, the write happens only
     * if the stored version still has that entity tag (412 otherwise).
     */
    public Upserted upsert(String caseRef, YoungPersonDetails input, String ifMatch, String by) {
        YoungPerson person = YoungPerson.findByCaseRef(caseRef).orElse(null);
        if (person != null) {
            people.requireInScope(person);
        }
        boolean created = person == null;
        checkFacts(input);
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw ApiProblem.preconditionFailed("If-Match names a version of a record that does not exist");
            }
            person = new YoungPerson();
            person.caseRef = caseRef;
            person.createdAt = Instant.now(caseClock.clock);
            person.createdBy = by;
            person.updatedAt = person.createdAt;
            person.updatedBy = by;
        } else {
            person = people.forUpdate(caseRef, ifMatch, by);
        }
        person.givenName = input.givenName();
        person.familyName = input.familyName();
        person.dateOfBirth = input.dateOfBirth();
        person.gender = input.gender();
        person.ethnicity = input.ethnicity();
        person.team = input.team();
        person.socialWorker = input.socialWorker();
        person.reviewingOfficer = input.reviewingOfficer();
        person.disabled = keep(input.disabled(), person.disabled);
        person.disabilityCodes = input.disabilityCodes() == null || input.disabilityCodes().isEmpty() ? null
                : input.disabilityCodes().stream().distinct().collect(Collectors.joining(","));
        person.likelyAdultCareNeeds = keep(input.likelyAdultCareNeeds(), person.likelyAdultCareNeeds);
        person.ehcp = keep(input.ehcp(), person.ehcp);
        person.uasc = keep(input.uasc(), person.uasc);
        person.complexNeeds = keep(input.complexNeeds(), person.complexNeeds);
        person.complexNeedsReason = input.complexNeedsReason();
        person.careOrderAt16 = keep(input.careOrderAt16(), person.careOrderAt16);
        person.detainedOrInHospitalOn16thBirthday = keep(input.detainedOrInHospitalOn16thBirthday(),
                person.detainedOrInHospitalOn16thBirthday);
        person.livedWithParentSince = input.livedWithParentSince();
        person.arrangementBrokeDownOn = input.arrangementBrokeDownOn();
        if (!person.disabled && person.disabilityCodes != null) {
            throw ApiProblem.unprocessable("disabilityCodes", "are only recorded for a disabled young person");
        }
        if (person.complexNeeds && (person.complexNeedsReason == null || person.complexNeedsReason.isBlank())) {
            throw ApiProblem.unprocessable("complexNeedsReason", "is required when complexNeeds is true");
        }
        people.requireStillInScope(person);
        if (created) {
            audit.created();
        }
        if (created) {
            person.persist();
        } else {
            CareEpisodeRow earliest = CareEpisodeRow.earliest(person.id);
            if (earliest != null && earliest.start.isBefore(person.dateOfBirth)) {
                throw ApiProblem.unprocessable("dateOfBirth", "must not be after the start of a recorded care episode ("
                        + earliest.start + ")");
            }
        }
        CaseRecord record = publisher.publish(person, "young-person.upserted");
        Log.infof("Young person %s %s", caseRef, created ? "created" : "updated");
        return new Upserted(record, created);
    }

    private void checkFacts(YoungPersonDetails input) {
        LocalDate today = caseClock.today();
        List<FieldViolation> violations = new ArrayList<>();
        if (!input.dateOfBirth().isBefore(today)) {
            violations.add(new FieldViolation("dateOfBirth", "must be before today"));
        }
        LocalDate since = input.livedWithParentSince();
        LocalDate brokeDown = input.arrangementBrokeDownOn();
        if (since != null && since.isAfter(today)) {
            violations.add(new FieldViolation("livedWithParentSince", "must not be in the future"));
        }
        if (since != null && since.isBefore(input.dateOfBirth())) {
            violations.add(new FieldViolation("livedWithParentSince", "must not be before the date of birth"));
        }
        if (brokeDown != null && since == null) {
            violations.add(new FieldViolation("arrangementBrokeDownOn", "needs livedWithParentSince"));
        }
        if (brokeDown != null && brokeDown.isAfter(today)) {
            violations.add(new FieldViolation("arrangementBrokeDownOn", "must not be in the future"));
        }
        if (brokeDown != null && since != null && brokeDown.isBefore(since)) {
            violations.add(new FieldViolation("arrangementBrokeDownOn", "must not be before livedWithParentSince"));
        }
        if (!violations.isEmpty()) {
            throw Violations.unprocessable(violations);
        }
    }

    private static boolean keep(Boolean given, boolean current) {
        return given == null ? current : given;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseRecord get(String caseRef) {
        return records.load(people.find(caseRef));
    }
}
