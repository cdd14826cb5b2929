package org.leavingcare.notification.domain.measures.annexa;

import org.leavingcare.notification.domain.measures.oc3.Accommodation;
import org.leavingcare.notification.domain.measures.oc3.Activity;
import org.leavingcare.notification.domain.measures.oc3.InTouch;

import java.time.LocalDate;

/**
 * What the suite knows of one care leaver for Annex A List 9, one field per column (docs/measures.md
 * §5 names the source of each); {@code null} where it is not known, which the row leaves blank (and
 * reports, where Annex A expects a value).
 *
 * @param ageYears       whole years on the extract date (computed with the authority's birthday convention)
 * @param ethnicity      the SSDA903 / CIN ethnicity code (WBRI ... NOBT)
 * @param disabled       {@code null}: not known ("c) Unknown")
 * @param latestPathwayPlanReviewOn the latest review of the pathway plan, or its start if never reviewed
 * @param latestContactOn the latest contact with the young person
 */
public record List9Entry(String childUniqueId, AnnexAGender gender, String ethnicity, LocalDate dateOfBirth,
                         Integer ageYears, Boolean uasc, Boolean disabled, String allocatedTeam, String allocatedWorker,
                         String allocatedPersonalAdviser, List9Eligibility eligibility, LocalDate latestPathwayPlanReviewOn,
                         InTouch inTouch, LocalDate latestContactOn, Accommodation accommodation, Activity activity) {
}
