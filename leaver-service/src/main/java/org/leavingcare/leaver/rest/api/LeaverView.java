package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.client.FreshYoungPerson;
import org.leavingcare.leaver.domain.AllocationStatus;
import org.leavingcare.leaver.domain.Category;
import org.leavingcare.leaver.domain.ContactStatus;
import org.leavingcare.leaver.domain.EntitlementsStatus;
import org.leavingcare.leaver.service.LeaverPosition;

import java.time.LocalDate;
import java.util.List;

/** A young person's leaving-care position as of the service clock. */
@Schema(name = "Leaver", example = """
        {"caseRef": "CR-1001", "team": "north", "category": "ELIGIBLE", "allocationDueOn": "2027-11-14",
         "allocationStatus": "NOT_DUE", "adviserId": null, "allocatedOn": null, "weight": 2,
         "lastSuccessfulContactOn": null, "lastFaceToFaceContactOn": null, "contactDueBy": null,
         "lostTouchAfter": null, "contactStatus": "NOT_STARTED", "entitlementsExplainedOn": null,
         "entitlementsDueBy": "2027-05-14", "entitlementsStatus": "NOT_DUE", "inCustody": false, "parent": false,
         "languages": ["en"], "councilAccommodationFrom": null, "pathwayRecord": null}""")
public record LeaverView(String caseRef, String team, Category category, LocalDate allocationDueOn,
                         AllocationStatus allocationStatus, String adviserId, LocalDate allocatedOn, int weight,
                         LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn, LocalDate contactDueBy,
                         LocalDate lostTouchAfter, ContactStatus contactStatus, LocalDate entitlementsExplainedOn,
                         LocalDate entitlementsDueBy, EntitlementsStatus entitlementsStatus, boolean inCustody,
                         boolean parent, List<String> languages, LocalDate councilAccommodationFrom,
                         @Schema(description = "The record read fresh from pathway-service (GET /young-people/{caseRef} only)")
                         FreshYoungPerson pathwayRecord) {

    /** The position, with the record read fresh from pathway-service ({@code null} but on the single read). */
    public static LeaverView of(LeaverPosition p, FreshYoungPerson record) {
        return new LeaverView(p.caseRef(), p.team(), p.category(), p.allocationDueOn(), p.allocationStatus(),
                p.adviserId(), p.allocatedOn(), p.weight(), p.lastSuccessfulContactOn(), p.lastFaceToFaceContactOn(),
                p.contactDueBy(), p.lostTouchAfter(), p.contactStatus(), p.entitlementsExplainedOn(),
                p.entitlementsDueBy(), p.entitlementsStatus(), p.inCustody(), p.parent(), p.languages(),
                p.councilAccommodationFrom(), record);
    }
}
