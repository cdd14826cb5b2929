package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.repository.EntitlementsExplanation;
import org.leavingcare.leaver.domain.ExplanationMethod;

import java.time.LocalDate;

@Schema(name = "EntitlementsExplained", example = """
        {"id": 4, "caseRef": "CR-1001", "explainedOn": "2026-02-20", "method": "CONVERSATION", "acknowledged": true,
         "recordedBy": "pa-7"}""")
public record EntitlementsView(long id, String caseRef, LocalDate explainedOn, ExplanationMethod method,
                               boolean acknowledged, String recordedBy) {

    public static EntitlementsView of(EntitlementsExplanation e) {
        return new EntitlementsView(e.id, e.caseRef, e.explainedOn, e.method, e.acknowledged, e.recordedBy);
    }
}
