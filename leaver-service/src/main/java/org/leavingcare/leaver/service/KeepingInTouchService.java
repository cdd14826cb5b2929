package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.feed.LeaverEventType;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.Contact;
import org.leavingcare.leaver.repository.ContactRepository;
import org.leavingcare.leaver.repository.EntitlementsExplanation;
import org.leavingcare.leaver.repository.EntitlementsExplanationRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonRepository;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.rest.api.CircumstancesInput;
import org.leavingcare.leaver.rest.api.ContactInput;
import org.leavingcare.leaver.rest.api.EntitlementsInput;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeping in touch (PA-5(g), PA-6, PA-7, PA-8), rights and entitlements explained, and the facts
 * leaver-service records itself. Every change publishes the young person's leaver snapshot.
 */
@ApplicationScoped
public class KeepingInTouchService {

    @Inject
    YoungPersonRepository youngPeople;

    @Inject
    AllocationRepository allocationRecords;

    @Inject
    ContactRepository contactRecords;

    @Inject
    EntitlementsExplanationRepository explanationRecords;

    @Inject
    Clock clock;

    @Inject
    LeaverState state;

    @Inject
    LeaverFeed feed;

    @Inject
    AllocationService allocations;

    @Inject
    AuditLog audit;

    @Transactional
    public Contact recordContact(String caseRef, ContactInput input, String user) {
        AllocationService.notInFuture(input.contactOn(), state.today(), "contactOn");
        YoungPerson person = allocations.lockYoungPerson(caseRef);
        notBeforeBirth(person, input.contactOn(), "contactOn");
        Contact contact = new Contact();
        contact.caseRef = caseRef;
        contact.contactOn = input.contactOn();
        contact.kind = input.kind();
        contact.successful = input.successful();
        contact.atAccommodation = input.atAccommodation();
        contact.adviserId = allocationRecords.current(caseRef).map(a -> a.adviserId).orElse(null);
        contact.recordedBy = user;
        contact.createdAt = Instant.now(clock);
        contactRecords.add(contact);
        audit.written(caseRef);
        feed.publish(LeaverEventType.CONTACT_RECORDED, state.snapshot(person));
        return contact;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> contacts(String caseRef) {
        allocations.youngPerson(caseRef);
        return contactRecords.of(caseRef);
    }

    @Transactional
    public EntitlementsExplanation explainEntitlements(String caseRef, EntitlementsInput input, String user) {
        AllocationService.notInFuture(input.explainedOn(), state.today(), "explainedOn");
        YoungPerson person = allocations.lockYoungPerson(caseRef);
        notBeforeBirth(person, input.explainedOn(), "explainedOn");
        EntitlementsExplanation explanation = new EntitlementsExplanation();
        explanation.caseRef = caseRef;
        explanation.explainedOn = input.explainedOn();
        explanation.method = input.method();
        explanation.acknowledged = input.acknowledged();
        explanation.recordedBy = user;
        explanation.createdAt = Instant.now(clock);
        explanationRecords.add(explanation);
        audit.written(caseRef);
        feed.publish(LeaverEventType.ENTITLEMENTS_EXPLAINED, state.snapshot(person));
        return explanation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntitlementsExplanation> explanations(String caseRef) {
        allocations.youngPerson(caseRef);
        return explanationRecords.of(caseRef);
    }

    @Transactional
    public YoungPerson updateCircumstances(String caseRef, CircumstancesInput input, String ifMatch) {
        if (input.councilAccommodationFrom() != null) {
            AllocationService.notInFuture(input.councilAccommodationFrom(), state.today(), "councilAccommodationFrom");
        }
        YoungPerson person = allocations.lockYoungPerson(caseRef);
        notBeforeBirth(person, input.councilAccommodationFrom(), "councilAccommodationFrom");
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(person.circumstancesETag())) {
            throw ApiProblem.preconditionFailed("The circumstances of " + caseRef + " have changed since version "
                    + ifMatch + "; the current version is " + person.circumstancesETag());
        }
        person.circumstancesVersion++;
        person.inCustody = input.inCustody();
        person.parent = input.parent();
        person.languages = input.languages() == null ? new String[0] : input.languages().stream().distinct().toArray(String[]::new);
        person.councilAccommodationFrom = input.councilAccommodationFrom();
        person.updatedAt = Instant.now(clock);
        youngPeople.flush();
        audit.written(caseRef);
        feed.publish(LeaverEventType.CIRCUMSTANCES_UPDATED, state.snapshot(person));
        return person;
    }

    private static void notBeforeBirth(YoungPerson person, LocalDate day, String field) {
        AllocationService.notBeforeBirth(person, day, field);
    }
}
