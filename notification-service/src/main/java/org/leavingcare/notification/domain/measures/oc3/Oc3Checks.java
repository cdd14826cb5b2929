package org.leavingcare.notification.domain.measures.oc3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DfE SSDA903 validator's OC3 checks that need only the record (data-to-insight/csc-validator-be-903,
 * lac_validator/rules): a record that fails one is still counted, as the authority returned it.
 */
public final class Oc3Checks {

    private Oc3Checks() {
    }

    public static List<Oc3Issue> of(Oc3Record r) {
        List<Oc3Issue> issues = new ArrayList<>(2);
        String ref = r.caseRef();
        if (r.age() < 17 || r.age() > 21) {
            issues.add(new Oc3Issue(ref, "391", "the young person was not 17, 18, 19, 20 or 21 in the collection year"));
        }
        Optional<InTouch> inTouch = InTouch.parse(r.inTouch());
        if (inTouch.isEmpty()) {
            issues.add(new Oc3Issue(ref, "131", "IN_TOUCH is not one of YES, NO, DIED, REFU, NREQ, RHOM"));
        }
        boolean activityZero = "0".equals(trim(r.activity()));
        boolean accommodationZero = "0".equals(trim(r.accommodation()));
        Optional<Activity> activity = Activity.parse(r.activity());
        if (activity.isEmpty() && !activityZero) {
            issues.add(new Oc3Issue(ref, "132", "ACTIV is not a valid activity code or 0"));
        } else if (activity.isPresent() && activity.get().legacy()) {
            issues.add(new Oc3Issue(ref, "132", "ACTIV " + activity.get() + " is no longer valid (use F4/P4 or F5/P5)"));
        }
        Optional<Accommodation> accommodation = Accommodation.parse(r.accommodation());
        if (accommodation.isEmpty() && !accommodationZero) {
            issues.add(new Oc3Issue(ref, "133", "ACCOM is not a valid accommodation code or 0"));
        }
        if (inTouch.isPresent() && (inTouch.get() == InTouch.DIED || inTouch.get() == InTouch.RHOM)
                && (!activityZero || !accommodationZero)) {
            issues.add(new Oc3Issue(ref, "344", "IN_TOUCH is DIED or RHOM, so ACTIV and ACCOM must be 0"));
        }
        if (inTouch.isPresent() && inTouch.get() == InTouch.YES && (activityZero || accommodationZero)) {
            issues.add(new Oc3Issue(ref, "345", "IN_TOUCH is YES, so ACTIV and ACCOM must not be 0"));
        }
        if (r.age() == 17 && accommodation.isPresent() && accommodation.get().type() == AccommodationType.Z) {
            issues.add(new Oc3Issue(ref, "3001", "at the 17th birthday the accommodation cannot be with former foster carers"));
        }
        // rule 347 compares the age at the start of the collection year: under 18 then means the 17th or 18th birthday
        if ((r.age() == 17 || r.age() == 18) && accommodation.isPresent() && accommodation.get().type() == AccommodationType.T) {
            issues.add(new Oc3Issue(ref, "347", "care leavers under 18 cannot be accommodated in a foyer"));
        }
        return issues;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
