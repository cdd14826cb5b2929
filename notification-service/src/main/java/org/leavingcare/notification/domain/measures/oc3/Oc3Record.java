package org.leavingcare.notification.domain.measures.oc3;

/**
 * One care leaver's OC3 information for a collection year, as recorded (codes kept as text so that an
 * odd value is reported, not lost).
 *
 * @param age                    the birthday (17 to 21) that fell in the collection year
 * @param lookedAfterOnBirthday  still looked after on that birthday (no OC3 at 17 or 18: rule 1007)
 * @param ceasedAfterBirthday    stopped being looked after after that birthday (no OC3 at 17 or 18: rule 1016)
 * @param shortBreaksOnly        looked after only under an agreed series of short-term placements
 * @param careTransferred        care transferred to another local authority (rule 1011)
 */
public record Oc3Record(String caseRef, int age, String inTouch, String activity, String accommodation,
                        boolean lookedAfterOnBirthday, boolean ceasedAfterBirthday, boolean shortBreaksOnly,
                        boolean careTransferred) {

    /** A care leaver with no exclusion flags. */
    public static Oc3Record of(String caseRef, int age, String inTouch, String activity, String accommodation) {
        return new Oc3Record(caseRef, age, inTouch, activity, accommodation, false, false, false, false);
    }
}
