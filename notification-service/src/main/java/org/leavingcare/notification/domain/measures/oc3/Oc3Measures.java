package org.leavingcare.notification.domain.measures.oc3;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DfE care-leaver indicators from OC3 records, as "Children looked after in England including
 * adoptions" publishes them (docs/measures.md §4): care leavers whose 17th to 21st birthday fell in the
 * year, less those who died, returned home for 6 months or more, were looked after only under short
 * breaks, or whose care transferred to another authority, and less 17- and 18-year-olds still looked
 * after on the birthday. In touch = IN_TOUCH YES; in education, employment or training = ACTIV F1, P1,
 * F2, P2, F4, P4, F5, P5; suitable = ACCOM ending in 1. Each a share of the whole cohort. Activity is
 * counted whatever IN_TOUCH says, because DfE counts activity a third party reported for a young person
 * the authority is not in touch with.
 */
public final class Oc3Measures {

    private Oc3Measures() {
    }

    public static Oc3Report compute(Collection<Oc3Record> records) {
        Map<AgeBand, Counter> bands = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            bands.put(band, new Counter());
        }
        Map<Integer, Counter> ages = new LinkedHashMap<>();
        for (int age = 17; age <= 21; age++) {
            ages.put(age, new Counter());
        }
        Map<Oc3Exclusion, Integer> excluded = new EnumMap<>(Oc3Exclusion.class);
        List<Oc3Issue> issues = new ArrayList<>();
        for (Oc3Record record : records) {
            issues.addAll(Oc3Checks.of(record));
            Oc3Exclusion exclusion = exclusion(record);
            if (exclusion != null) {
                excluded.merge(exclusion, 1, Integer::sum);
                continue;
            }
            ages.get(record.age()).add(record);
            for (AgeBand band : AgeBand.values()) {
                if (band.includes(record.age())) {
                    bands.get(band).add(record);
                }
            }
        }
        Map<AgeBand, Oc3Tally> bandTallies = new EnumMap<>(AgeBand.class);
        bands.forEach((band, counter) -> bandTallies.put(band, counter.tally()));
        Map<Integer, Oc3Tally> ageTallies = new LinkedHashMap<>();
        ages.forEach((age, counter) -> ageTallies.put(age, counter.tally()));
        return new Oc3Report(bandTallies, ageTallies, excluded, issues);
    }

    /** Why the record is out of the published figures; {@code null} if it is in. */
    public static Oc3Exclusion exclusion(Oc3Record r) {
        if (r.age() < 17 || r.age() > 21) {
            return Oc3Exclusion.NOT_AGED_17_TO_21;
        }
        if ((r.age() == 17 || r.age() == 18) && (r.lookedAfterOnBirthday() || r.ceasedAfterBirthday())) {
            return Oc3Exclusion.STILL_LOOKED_AFTER;
        }
        if (r.shortBreaksOnly()) {
            return Oc3Exclusion.SHORT_BREAKS_ONLY;
        }
        if (r.careTransferred()) {
            return Oc3Exclusion.CARE_TRANSFERRED;
        }
        Optional<InTouch> inTouch = InTouch.parse(r.inTouch());
        if (inTouch.isPresent() && inTouch.get() == InTouch.DIED) {
            return Oc3Exclusion.DIED;
        }
        if (inTouch.isPresent() && inTouch.get() == InTouch.RHOM) {
            return Oc3Exclusion.RETURNED_HOME;
        }
        return null;
    }

    private static final class Counter {
        int cohort;
        int inTouch;
        int notInTouch;
        int refuses;
        int noLongerRequires;
        int inTouchNotKnown;
        int eet;
        int neet;
        int activityNotKnown;
        int suitable;
        int unsuitable;
        int accommodationNotKnown;

        void add(Oc3Record r) {
            cohort++;
            Optional<InTouch> touch = InTouch.parse(r.inTouch());
            if (touch.isEmpty()) {
                inTouchNotKnown++;
            } else {
                switch (touch.get()) {
                    case YES -> inTouch++;
                    case NO -> notInTouch++;
                    case REFU -> refuses++;
                    case NREQ -> noLongerRequires++;
                    case DIED, RHOM -> throw new IllegalStateException("excluded before counting");
                }
            }
            Optional<Activity> activity = Activity.parse(r.activity());
            if (activity.isEmpty()) {
                activityNotKnown++;
            } else if (activity.get().inEducationEmploymentOrTraining()) {
                eet++;
            } else {
                neet++;
            }
            Optional<Accommodation> accommodation = Accommodation.parse(r.accommodation());
            if (accommodation.isEmpty()) {
                accommodationNotKnown++;
            } else if (accommodation.get().suitable()) {
                suitable++;
            } else {
                unsuitable++;
            }
        }

        Oc3Tally tally() {
            return new Oc3Tally(cohort, inTouch, notInTouch, refuses, noLongerRequires, inTouchNotKnown, eet, neet,
                    activityNotKnown, suitable, unsuitable, accommodationNotKnown);
        }
    }
}
