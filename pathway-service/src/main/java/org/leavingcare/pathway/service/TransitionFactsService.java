package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.domain.transition.ImmigrationStatus;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.repository.AdultTransition;
import org.leavingcare.pathway.repository.Immigration;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The facts the UASC (rules.md §8) and disabled-transition (§7) rules need, validated and audited. */
@ApplicationScoped
@Transactional
public class TransitionFactsService {

    /** Statuses that are a grant of limited leave, which must have an expiry date (UASC-5, UASC-6). */
    static final Set<ImmigrationStatus> LIMITED = EnumSet.of(ImmigrationStatus.UASC_LEAVE, ImmigrationStatus.LIMITED_LEAVE);

    /** Statuses with no leave to expire. */
    static final Set<ImmigrationStatus> SETTLED = EnumSet.of(ImmigrationStatus.INDEFINITE_LEAVE_TO_REMAIN,
            ImmigrationStatus.BRITISH_CITIZEN);

    @Inject
    CaseClock caseClock;

    @Inject
    YoungPersonAccess people;

    @Inject
    CaseRecordPublisher publisher;

    public Written<Immigration> putImmigration(String caseRef, ImmigrationFacts input, String ifMatch, String by) {
        YoungPerson person = people.find(caseRef);
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = caseClock.today();
        pastDate(violations, "firstIdentifiedOn", input.firstIdentifiedOn(), person, today);
        pastDate(violations, "riskAssessmentCompletedOn", input.riskAssessmentCompletedOn(), person, today);
        pastDate(violations, "solicitorInstructedOn", input.solicitorInstructedOn(), person, today);
        pastDate(violations, "furtherLeaveApplicationMadeOn", input.furtherLeaveApplicationMadeOn(), person, today);
        notBefore(violations, "riskAssessmentCompletedOn", input.riskAssessmentCompletedOn(), "firstIdentifiedOn", input.firstIdentifiedOn());
        notBefore(violations, "leaveExpiresOn", input.leaveExpiresOn(), "firstIdentifiedOn", input.firstIdentifiedOn());
        notBefore(violations, "solicitorInstructedOn", input.solicitorInstructedOn(), "firstIdentifiedOn", input.firstIdentifiedOn());
        notBefore(violations, "furtherLeaveApplicationMadeOn", input.furtherLeaveApplicationMadeOn(), "firstIdentifiedOn", input.firstIdentifiedOn());
        if (LIMITED.contains(input.status()) && input.leaveExpiresOn() == null) {
            violations.add(new FieldViolation("leaveExpiresOn", "is required for " + input.status()));
        }
        if (SETTLED.contains(input.status()) && input.leaveExpiresOn() != null) {
            violations.add(new FieldViolation("leaveExpiresOn", "must be empty for " + input.status()));
        }
        boolean ageDisputed = Boolean.TRUE.equals(input.ageDisputed());
        if (!ageDisputed && input.ageAssessmentOutcome() != null) {
            violations.add(new FieldViolation("ageAssessmentOutcome", "is only recorded when ageDisputed is true"));
        }
        if (!violations.isEmpty()) {
            throw Violations.unprocessable(violations);
        }
        person = people.forUpdate(caseRef, ifMatch, by);
        Immigration immigration = Immigration.findById(person.id);
        if (immigration == null) {
            immigration = new Immigration();
            immigration.youngPersonId = person.id;
        }
        immigration.status = input.status();
        immigration.firstIdentifiedOn = input.firstIdentifiedOn();
        immigration.riskAssessmentCompletedOn = input.riskAssessmentCompletedOn();
        immigration.leaveExpiresOn = input.leaveExpiresOn();
        immigration.solicitorInstructedOn = input.solicitorInstructedOn();
        immigration.furtherLeaveApplicationMadeOn = input.furtherLeaveApplicationMadeOn();
        immigration.ageDisputed = ageDisputed;
        immigration.ageAssessmentOutcome = input.ageAssessmentOutcome();
        immigration.updatedBy = by;
        immigration.updatedAt = Instant.now(caseClock.clock);
        immigration.persist();
        publisher.publish(person, "immigration.updated");
        Log.infof("Immigration facts of %s updated", caseRef);
        return new Written<>(immigration, person.etag());
    }

    public Written<AdultTransition> putAdultTransition(String caseRef, AdultTransitionFacts input, String ifMatch,
                                                      String by) {
        YoungPerson person = people.find(caseRef);
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = caseClock.today();
        pastDate(violations, "referredToAdultSocialCareOn", input.referredToAdultSocialCareOn(), person, today);
        pastDate(violations, "careActAssessmentCompletedOn", input.careActAssessmentCompletedOn(), person, today);
        pastDate(violations, "adultServicesDecisionOn", input.adultServicesDecisionOn(), person, today);
        notBefore(violations, "careActAssessmentCompletedOn", input.careActAssessmentCompletedOn(),
                "referredToAdultSocialCareOn", input.referredToAdultSocialCareOn());
        notBefore(violations, "adultServicesDecisionOn", input.adultServicesDecisionOn(),
                "careActAssessmentCompletedOn", input.careActAssessmentCompletedOn());
        if (input.adultServicesDecision() != null && input.adultServicesDecisionOn() == null) {
            violations.add(new FieldViolation("adultServicesDecisionOn", "is required with adultServicesDecision"));
        }
        if (input.adultServicesDecision() == null && input.adultServicesDecisionOn() != null) {
            violations.add(new FieldViolation("adultServicesDecision", "is required with adultServicesDecisionOn"));
        }
        if (!violations.isEmpty()) {
            throw Violations.unprocessable(violations);
        }
        person = people.forUpdate(caseRef, ifMatch, by);
        if (input.likelyAdultCareNeeds() != null) {
            person.likelyAdultCareNeeds = input.likelyAdultCareNeeds();
        }
        if (input.ehcp() != null) {
            person.ehcp = input.ehcp();
        }
        AdultTransition transition = AdultTransition.findById(person.id);
        if (transition == null) {
            transition = new AdultTransition();
            transition.youngPersonId = person.id;
        }
        transition.referredToAdultSocialCareOn = input.referredToAdultSocialCareOn();
        transition.careActAssessmentCompletedOn = input.careActAssessmentCompletedOn();
        transition.adultServicesDecision = input.adultServicesDecision();
        transition.adultServicesDecisionOn = input.adultServicesDecisionOn();
        transition.leadWorker = input.leadWorker();
        transition.updatedBy = by;
        transition.updatedAt = Instant.now(caseClock.clock);
        transition.persist();
        publisher.publish(person, "adult-transition.updated");
        Log.infof("Adult-transition facts of %s updated", caseRef);
        return new Written<>(transition, person.etag());
    }

    private static void pastDate(List<FieldViolation> violations, String field, LocalDate date, YoungPerson person,
                                 LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            violations.add(new FieldViolation(field, "must not be in the future"));
        } else if (date.isBefore(person.dateOfBirth)) {
            violations.add(new FieldViolation(field, "must not be before the date of birth"));
        }
    }

    private static void notBefore(List<FieldViolation> violations, String field, LocalDate date, String otherField,
                                  LocalDate other) {
        if (date != null && other != null && date.isBefore(other)) {
            violations.add(new FieldViolation(field, "must not be before " + otherField + " (" + other + ")"));
        }
    }
}
