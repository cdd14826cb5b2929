package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.domain.ContactKind;
import org.leavingcare.leaver.feed.LeaverEventType;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.feed.LeaverSnapshots;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.Contact;
import org.leavingcare.leaver.repository.ContactRepository;
import org.leavingcare.leaver.repository.YoungPerson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Keeping-in-touch contacts and attempts (PA-5(g), PA-7, PA-8); each one publishes the leaver snapshot. */
@ApplicationScoped
@Transactional
public class ContactService {

    @Inject
    Clock clock;

    @Inject
    YoungPeopleInScope youngPeople;

    @Inject
    AllocationRepository allocations;

    @Inject
    ContactRepository contacts;

    @Inject
    LeaverSnapshots snapshots;

    @Inject
    LeaverFeed feed;

    @Inject
    AuditLog audit;

    /** A contact or an attempt as recorded; {@code atAccommodation}: at the young person's accommodation (PA-6). */
    public record NewContact(LocalDate contactOn, ContactKind kind, boolean successful, boolean atAccommodation) {
    }

    public Contact record(String caseRef, NewContact input, String user) {
        InputDates.notInFuture(input.contactOn(), LocalDate.now(clock), "contactOn");
        YoungPerson person = youngPeople.lock(caseRef);
        InputDates.notBeforeBirth(person, input.contactOn(), "contactOn");
        Contact contact = new Contact();
        contact.caseRef = caseRef;
        contact.contactOn = input.contactOn();
        contact.kind = input.kind();
        contact.successful = input.successful();
        contact.atAccommodation = input.atAccommodation();
        contact.adviserId = allocations.current(caseRef).map(a -> a.adviserId).orElse(null);
        contact.recordedBy = user;
        contact.createdAt = Instant.now(clock);
        contacts.add(contact);
        audit.written(caseRef);
        feed.publish(LeaverEventType.CONTACT_RECORDED, snapshots.snapshot(person));
        return contact;
    }

    /** The young person's contacts and attempts, latest first; 404 outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> contacts(String caseRef) {
        youngPeople.get(caseRef);
        return contacts.of(caseRef);
    }
}
