package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.repository.Contact;
import org.leavingcare.leaver.domain.ContactKind;

import java.time.LocalDate;

@Schema(name = "Contact", example = """
        {"id": 12, "caseRef": "CR-1001", "contactOn": "2026-02-27", "kind": "FACE_TO_FACE", "successful": true,
         "atAccommodation": true, "adviserId": "pa-7", "recordedBy": "pa-7"}""")
public record ContactView(long id, String caseRef, LocalDate contactOn, ContactKind kind, boolean successful,
                          boolean atAccommodation, String adviserId, String recordedBy) {

    public static ContactView of(Contact c) {
        return new ContactView(c.id, c.caseRef, c.contactOn, c.kind, c.successful, c.atAccommodation, c.adviserId,
                c.recordedBy);
    }
}
