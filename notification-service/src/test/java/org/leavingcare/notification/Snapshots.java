package org.leavingcare.notification;

/** Feed payloads for tests, in the shapes of docs/change-feeds.md (synthetic, no names). */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * A young person born 2009-12-10: eligible from 16 (2025-12-10), former relevant from 18; needs
     * assessment due 2026-03-10 (so due soon on the test clock's 2026-03-01).
     */
    public static String youngPerson(String caseRef, boolean disabled, boolean uasc, String assessmentCompletedOn,
                              String immigrationJson) {
        return """
                {"youngPerson": {"caseRef": "%s", "dateOfBirth": "2009-12-10", "team": "north", "socialWorker": "sw-17",
                  "reviewingOfficer": "iro-2", "disabled": %s, "disabilityCodes": [], "likelyAdultCareNeeds": false, "ehcp": false, "uasc": %s,
                  "complexNeeds": false, "lookedAfter": true, "careEndedOn": null, "category": "ELIGIBLE",
                  "categorySince": "2025-12-10", "eligibilityDate": "2025-12-10",
                  "categoryTimeline": [
                    {"category": "LOOKED_AFTER", "from": "2023-01-01", "until": "2025-12-10"},
                    {"category": "ELIGIBLE", "from": "2025-12-10", "until": "2027-12-10"},
                    {"category": "FORMER_RELEVANT", "from": "2027-12-10", "until": null}],
                  "needsAssessment": {"dueOn": "2026-03-10", "status": "DUE", "startedOn": null, "completedOn": %s,
                    "asylumSectionCompleted": false, "reassessmentDueOn": null},
                  "immigration": %s, "adultTransition": null, "pathwayPlan": null, "someFieldAddedLater": 1}}"""
                .formatted(caseRef, disabled, uasc, quoted(assessmentCompletedOn), immigrationJson == null ? "null" : immigrationJson);
    }

    /**
     * A young person as {@link #youngPerson(String, boolean, boolean, String, String)} (needs assessment due
     * 2026-03-10, so an A1 alert) with the facts that decide who may see them.
     */
    public static String youngPerson(String caseRef, String team, String socialWorker, String reviewingOfficer) {
        return youngPerson(caseRef, false, false, null, null)
                .replace("\"team\": \"north\"", "\"team\": " + quoted(team))
                .replace("\"socialWorker\": \"sw-17\"", "\"socialWorker\": " + quoted(socialWorker))
                .replace("\"reviewingOfficer\": \"iro-2\"", "\"reviewingOfficer\": " + quoted(reviewingOfficer));
    }

    public static String immigration(String leaveExpiresOn, String solicitorOn, String appliedOn) {
        return """
                {"status": "UASC_LEAVE", "firstIdentifiedOn": "2025-01-10", "riskAssessmentCompletedOn": "2025-01-10",
                 "leaveExpiresOn": %s, "solicitorInstructedOn": %s, "furtherLeaveApplicationMadeOn": %s,
                 "ageDisputed": false, "ageAssessmentOutcome": null}"""
                .formatted(quoted(leaveExpiresOn), quoted(solicitorOn), quoted(appliedOn));
    }

    public static String leaver(String caseRef, String adviserId) {
        return """
                {"leaver": {"caseRef": "%s", "team": "north", "allocationDueOn": "2026-03-10", "adviserId": %s,
                  "allocatedOn": %s, "lastSuccessfulContactOn": null, "lastFaceToFaceContactOn": null,
                  "contactDueBy": null, "lostTouchAfter": null, "entitlementsExplainedOn": null,
                  "entitlementsDueBy": "2026-12-10"}}"""
                .formatted(caseRef, quoted(adviserId), adviserId == null ? "null" : "\"2026-03-01\"");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
