package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.model.Contact;
import org.leavingcare.leaver.model.ContactKind;

import java.time.LocalDate;

@Schema(name = "Contact")
public record ContactView(long id, String caseRef, LocalDate contactOn, ContactKind kind, boolean successful,
                          boolean atAccommodation, String adviserId, String recordedBy) {

    public static ContactView of(Contact c) {
        return new ContactView(c.id, c.caseRef, c.contactOn, c.kind, c.successful, c.atAccommodation, c.adviserId,
                c.recordedBy);
    }
}
