package org.leavingcare.pathway.domain.category;

import java.time.LocalDate;

/**
 * Facts beyond the care episodes that the category depends on (rules.md §1.2 {@code facts}).
 *
 * @param careOrderAt16                     EDGE-2: subject to a care order on the 16th birthday
 * @param detainedOrInHospitalOn16thBirthday EDGE-2, CAT-3: detained or in hospital on the 16th birthday
 * @param livedWithParentSince              CAT-4, EDGE-4: living with a parent or person with parental responsibility since
 * @param arrangementBrokeDownOn            CAT-4, EDGE-4: the day that arrangement broke down
 */
public record CareLeaverFacts(boolean careOrderAt16, boolean detainedOrInHospitalOn16thBirthday,
                              LocalDate livedWithParentSince, LocalDate arrangementBrokeDownOn) {

    public static final CareLeaverFacts NONE = new CareLeaverFacts(false, false, null, null);
}
