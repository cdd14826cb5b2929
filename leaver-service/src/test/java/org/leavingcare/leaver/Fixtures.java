package org.leavingcare.leaver;

import org.leavingcare.testsupport.TestTokens;

import java.util.concurrent.atomic.AtomicInteger;

/** Young people published by the fake pathway-service, and tokens, for the resource tests. */
public final class Fixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** Born 2010-05-14: eligible from 16 (2026-05-14), former relevant from 18. */
    public static final String ELIGIBLE_AT_16 = timeline("LOOKED_AFTER", "2023-09-01", "2026-05-14", "ELIGIBLE", "2026-05-14",
            "2028-05-14", "FORMER_RELEVANT", "2028-05-14", null);

    private Fixtures() {
    }

    /** A case reference no other test uses. */
    public static String caseRef(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public static String timeline(String... parts) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < parts.length; i += 3) {
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"category\": \"").append(parts[i]).append("\", \"from\": \"").append(parts[i + 1])
                    .append("\", \"until\": ").append(parts[i + 2] == null ? "null" : "\"" + parts[i + 2] + "\"").append('}');
        }
        return out.append(']').toString();
    }

    /** A snapshot as pathway-service publishes it (with fields leaver-service does not read). */
    public static String snapshot(String caseRef, String dateOfBirth, String team, boolean disabled, boolean uasc,
                           boolean complexNeeds, String timeline) {
        return snapshot(caseRef, dateOfBirth, team, "sw-17", "iro-2", disabled, uasc, complexNeeds, timeline);
    }

    /** The same with the social worker's and the reviewing officer's ids (null: none). */
    public static String snapshot(String caseRef, String dateOfBirth, String team, String socialWorker, String reviewingOfficer,
                           boolean disabled, boolean uasc, boolean complexNeeds, String timeline) {
        return """
                {"caseRef": "%s", "dateOfBirth": "%s", "team": "%s", "socialWorker": %s, "reviewingOfficer": %s,
                 "disabled": %s, "disabilityCodes": [], "likelyAdultCareNeeds": false, "ehcp": false,
                 "uasc": %s, "complexNeeds": %s, "lookedAfter": true, "careEndedOn": null,
                 "category": "LOOKED_AFTER", "categorySince": "2023-09-01", "eligibilityDate": "2026-05-14",
                 "categoryTimeline": %s,
                 "needsAssessment": {"dueOn": "2026-08-14", "status": "NOT_DUE", "startedOn": null, "completedOn": null,
                   "asylumSectionCompleted": false, "reassessmentDueOn": null},
                 "immigration": null, "adultTransition": null, "pathwayPlan": null}"""
                .formatted(caseRef, dateOfBirth, team, quoted(socialWorker), quoted(reviewingOfficer), disabled, uasc,
                        complexNeeds, timeline);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    /** Publishes a young person on the fake feed and applies it; returns the case reference. */
    public static String youngPerson(org.leavingcare.leaver.feed.PathwayFeedPoller poller, String caseRef, String dateOfBirth,
                              String team, boolean disabled, boolean uasc, boolean complexNeeds, String timeline) {
        FakePathway.publish("young-person.upserted", caseRef,
                snapshot(caseRef, dateOfBirth, team, disabled, uasc, complexNeeds, timeline));
        if (!poller.catchUp()) {
            throw new IllegalStateException("the fake pathway feed could not be read");
        }
        return caseRef;
    }

    public static String manager() {
        return TestTokens.bearer("manager", "m-1", "north");
    }

    /** A manager of {@code team} (tests that make up a team of their own). */
    public static String managerOf(String team) {
        return TestTokens.bearer("manager", "m-1", team);
    }

    /** A personal adviser: sees the young people currently allocated to {@code adviserId}. */
    public static String adviser(String adviserId) {
        return TestTokens.bearer("personal-adviser", adviserId, "north");
    }

    public static String adviser() {
        return TestTokens.bearer("personal-adviser", "pa-user-1", "north");
    }

    public static String service() {
        return TestTokens.bearer("service", "notification-service");
    }
}
