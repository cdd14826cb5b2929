package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.youngperson.Gender;

import java.time.LocalDate;
import java.util.List;

/**
 * What the case-management system records about a young person, as an upsert writes it. A yes/no fact that is null
 * keeps its value on an update and is false on a create.
 */
public record YoungPersonDetails(String givenName, String familyName, LocalDate dateOfBirth, Gender gender,
                                 String ethnicity, String team, String socialWorker, String reviewingOfficer,
                                 Boolean disabled, List<String> disabilityCodes, Boolean likelyAdultCareNeeds, Boolean ehcp,
                                 Boolean uasc, Boolean complexNeeds, String complexNeedsReason, Boolean careOrderAt16,
                                 Boolean detainedOrInHospitalOn16thBirthday, LocalDate livedWithParentSince,
                                 LocalDate arrangementBrokeDownOn) {
}
