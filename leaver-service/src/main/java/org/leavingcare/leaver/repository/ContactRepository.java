package org.leavingcare.leaver.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.leavingcare.leaver.domain.ContactKind;

import java.time.LocalDate;
import java.util.List;

/** Keeping-in-touch contacts and attempts. */
@ApplicationScoped
public class ContactRepository {

    @Inject
    EntityManager em;

    /** Stores the contact and writes it now (its id, and the snapshot queries after it). */
    public void add(Contact contact) {
        contact.persist();
        em.flush();
    }

    /** The young person's contacts and attempts, latest first. */
    public List<Contact> of(String caseRef) {
        return Contact.list("caseRef = ?1 order by contactOn desc, id desc", caseRef);
    }

    /** The day of the last successful contact of any kind (PA-7), or {@code null}. */
    public LocalDate lastSuccessful(String caseRef) {
        return lastContact(caseRef, false, false, null);
    }

    /** The day of the last successful face-to-face contact (PA-8), or {@code null}. */
    public LocalDate lastFaceToFace(String caseRef) {
        return lastContact(caseRef, true, false, null);
    }

    /** The day of the last successful face-to-face visit at the accommodation on or after {@code since} (PA-6). */
    public LocalDate lastVisitAtAccommodation(String caseRef, LocalDate since) {
        return lastContact(caseRef, true, true, since);
    }

    private LocalDate lastContact(String caseRef, boolean faceToFace, boolean atAccommodation, LocalDate since) {
        StringBuilder q = new StringBuilder("select max(c.contactOn) from Contact c where c.caseRef = :caseRef and c.successful = true");
        if (faceToFace) {
            q.append(" and c.kind = :kind");
        }
        if (atAccommodation) {
            q.append(" and c.atAccommodation = true and c.contactOn >= :since");
        }
        var query = em.createQuery(q.toString(), LocalDate.class).setParameter("caseRef", caseRef);
        if (faceToFace) {
            query.setParameter("kind", ContactKind.FACE_TO_FACE);
        }
        if (atAccommodation) {
            query.setParameter("since", since);
        }
        return query.getSingleResult();
    }
}
