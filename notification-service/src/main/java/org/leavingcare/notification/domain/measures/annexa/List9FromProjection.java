package org.leavingcare.notification.domain.measures.annexa;

import org.leavingcare.notification.domain.measures.oc3.Accommodation;
import org.leavingcare.notification.domain.measures.oc3.Activity;
import org.leavingcare.notification.domain.measures.oc3.InTouch;
import org.leavingcare.notification.domain.rules.Ages;
import org.leavingcare.notification.domain.rules.Category;
import org.leavingcare.notification.domain.rules.LeapDayBirthdays;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who is on List 9 on the extract date, and the columns this service's projection can fill
 * (docs/measures.md §5.3). The rest (gender, ethnicity, the workers' names, the SSDA903 in-touch,
 * accommodation and activity codes) are held elsewhere or not yet at all, and come in {@link Details}.
 */
public final class List9FromProjection {

    /**
     * The columns the projection does not hold, from wherever the caller has them; any may be {@code null}.
     *
     * @param workerName  the allocated social worker's name (pathway-service holds only an id in its feed)
     * @param adviserName the personal adviser's name (leaver-service's adviser register)
     */
    public record Details(AnnexAGender gender, String ethnicity, String workerName, String adviserName,
                          InTouch inTouch, Accommodation accommodation, Activity activity) {

        public static final Details NONE = new Details(null, null, null, null, null, null, null);
    }

    /**
     * The upper ages (exclusive) to which former relevant and qualifying young people are listed: the
     * adviser duty on request runs to 25 (s23CZB); qualifying status to 21 (s24), longer only while in
     * education or training, which the suite does not hold.
     */
    public record Cohort(int formerRelevantUnder, int qualifyingUnder, LeapDayBirthdays leapDayBirthdays) {

        public static Cohort defaults(LeapDayBirthdays convention) {
            return new Cohort(25, 21, convention);
        }
    }

    private List9FromProjection() {
    }

    /** The young person's List 9 category on the day; empty when they are not on the list. */
    public static Optional<List9Eligibility> eligibilityOn(YoungPersonFacts f, LocalDate day, Cohort cohort) {
        if (f.dateOfBirth() == null) {
            return Optional.empty();
        }
        Category category = f.categoryOn(day);
        if (category == null) {
            return Optional.empty();
        }
        int age = ageOn(f.dateOfBirth(), day, cohort.leapDayBirthdays());
        return switch (category) {
            case ELIGIBLE -> Optional.of(List9Eligibility.ELIGIBLE);
            case RELEVANT -> Optional.of(List9Eligibility.RELEVANT);
            case FORMER_RELEVANT -> age < cohort.formerRelevantUnder() ? Optional.of(List9Eligibility.FORMER_RELEVANT) : Optional.empty();
            case QUALIFYING -> age < cohort.qualifyingUnder() ? Optional.of(List9Eligibility.QUALIFYING) : Optional.empty();
            case LOOKED_AFTER, NOT_A_CARE_LEAVER -> Optional.empty();
        };
    }

    public static Optional<List9Entry> entry(YoungPersonFacts f, LocalDate extractDate, Cohort cohort, Details details) {
        Optional<List9Eligibility> eligibility = eligibilityOn(f, extractDate, cohort);
        if (eligibility.isEmpty()) {
            return Optional.empty();
        }
        YoungPersonFacts.PathwayPlan plan = f.pathwayPlan();
        // SSD CLEA009A: the latest review of the pathway plan, or its start if it has not been reviewed
        LocalDate latestPlan = plan == null ? null : firstKnown(plan.lastReviewOn(), plan.agreedOn(), plan.createdOn());
        YoungPersonFacts.Leaver leaver = f.leaver();
        Details d = details == null ? Details.NONE : details;
        return Optional.of(new List9Entry(f.caseRef(), d.gender(), d.ethnicity(), f.dateOfBirth(),
                ageOn(f.dateOfBirth(), extractDate, cohort.leapDayBirthdays()), f.uasc(), f.disabled(), f.team(),
                d.workerName(), d.adviserName(), eligibility.get(), latestPlan, d.inTouch(),
                leaver == null ? null : leaver.lastSuccessfulContactOn(), d.accommodation(), d.activity()));
    }

    /** Whole years on the day, with the authority's convention for 29 February birthdays (C-1). */
    static int ageOn(LocalDate dateOfBirth, LocalDate day, LeapDayBirthdays convention) {
        int years = day.getYear() - dateOfBirth.getYear();
        if (years > 0 && Ages.birthday(dateOfBirth, years, convention).isAfter(day)) {
            years--;
        }
        return Math.max(years, 0);
    }

    private static LocalDate firstKnown(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
