package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the entitlement rules need to know about one young person. The category timeline is
 * pathway-service's (projected forward from the date of birth as things stand), so a statement can say
 * what starts or ends at the next birthday. The flags are taken as they are today for the whole
 * look-ahead; only the dated facts (a request for an adviser after 21, telling the council about a return
 * to education) change on a known day.
 *
 * @param requestedAdviserAfter21On        the day the young person asked for a personal adviser under
 *                                         CA 1989 s23CZB(2), or {@code null}
 * @param adviserNoLongerWantedOn          the day they said they no longer want one (s23CZB(3)(b)), or {@code null}
 * @param toldCouncilReturningToEducationOn the day they told the council they are pursuing, or want to pursue,
 *                                         education or training (s23CA(1)), or {@code null}
 */
public record EntitlementFacts(LocalDate dateOfBirth, List<CategoryPeriod> timeline,
                               boolean disabled, boolean ehcPlan, boolean uasc, boolean appealRightsExhausted,
                               boolean livingWithFosterCarer, boolean inEducationOrTraining,
                               boolean inFullTimeFurtherOrHigherEducation, boolean inHigherEducation,
                               LocalDate requestedAdviserAfter21On, LocalDate adviserNoLongerWantedOn,
                               LocalDate toldCouncilReturningToEducationOn) {

    public EntitlementFacts {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        List<CategoryPeriod> sorted = new ArrayList<>(timeline == null ? List.of() : timeline);
        sorted.sort(Comparator.comparing(CategoryPeriod::from));
        for (int i = 1; i < sorted.size(); i++) {
            CategoryPeriod before = sorted.get(i - 1);
            if (before.until() == null || before.until().isAfter(sorted.get(i).from())) {
                throw new IllegalArgumentException("timeline: periods overlap at " + sorted.get(i).from());
            }
        }
        timeline = List.copyOf(sorted);
        if ((inHigherEducation || inFullTimeFurtherOrHigherEducation) && !inEducationOrTraining) {
            throw new IllegalArgumentException(
                    "inEducationOrTraining: must be true for someone in higher or full-time further education");
        }
        if (adviserNoLongerWantedOn != null
                && (requestedAdviserAfter21On == null || adviserNoLongerWantedOn.isBefore(requestedAdviserAfter21On))) {
            throw new IllegalArgumentException(
                    "adviserNoLongerWantedOn: must be on or after requestedAdviserAfter21On");
        }
    }

    /** The category on {@code day}, or {@code null} when the timeline does not cover it. */
    public CareLeaverCategory categoryOn(LocalDate day) {
        for (CategoryPeriod period : timeline) {
            if (period.contains(day)) {
                return period.category();
            }
        }
        return null;
    }

    /** Whether the young person has been in one of {@code categories} on any day up to and including {@code day}. */
    public boolean heldAnyBy(LocalDate day, Collection<CareLeaverCategory> categories) {
        for (CategoryPeriod period : timeline) {
            if (categories.contains(period.category()) && !period.from().isAfter(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code condition} holds on {@code day}. */
    public boolean holds(Condition condition, LocalDate day) {
        return switch (condition) {
            case DISABLED -> disabled;
            case EHC_PLAN -> ehcPlan;
            case UASC -> uasc;
            case APPEAL_RIGHTS_EXHAUSTED -> appealRightsExhausted;
            case LIVING_WITH_FOSTER_CARER -> livingWithFosterCarer;
            case IN_EDUCATION_OR_TRAINING -> inEducationOrTraining;
            case IN_FULL_TIME_FURTHER_OR_HIGHER_EDUCATION -> inFullTimeFurtherOrHigherEducation;
            case IN_HIGHER_EDUCATION -> inHigherEducation;
            // s23CZB(3): the adviser lasts from the request until 25 or until they say they no longer want one
            case REQUESTED_ADVISER_AFTER_21 -> requestedAdviserAfter21On != null
                    && !requestedAdviserAfter21On.isAfter(day)
                    && (adviserNoLongerWantedOn == null || day.isBefore(adviserNoLongerWantedOn));
            case TOLD_COUNCIL_RETURNING_TO_EDUCATION -> toldCouncilReturningToEducationOn != null
                    && !toldCouncilReturningToEducationOn.isAfter(day);
        };
    }

    /** The days on which a dated fact changes, with what changes on each. */
    List<DatedFact> datedFacts() {
        List<DatedFact> facts = new ArrayList<>();
        if (requestedAdviserAfter21On != null) {
            facts.add(new DatedFact(requestedAdviserAfter21On, ChangeCause.Kind.ADVISER_REQUESTED));
        }
        if (adviserNoLongerWantedOn != null) {
            facts.add(new DatedFact(adviserNoLongerWantedOn, ChangeCause.Kind.ADVISER_NO_LONGER_WANTED));
        }
        if (toldCouncilReturningToEducationOn != null) {
            facts.add(new DatedFact(toldCouncilReturningToEducationOn, ChangeCause.Kind.RETURNING_TO_EDUCATION));
        }
        return facts;
    }

    record DatedFact(LocalDate on, ChangeCause.Kind kind) {
    }

    /** A builder for the many flags, so that callers and tests name what they set. */
    public static Builder bornOn(LocalDate dateOfBirth) {
        return new Builder(dateOfBirth);
    }

    public static final class Builder {
        private final LocalDate dateOfBirth;
        private final List<CategoryPeriod> timeline = new ArrayList<>();
        private boolean disabled;
        private boolean ehcPlan;
        private boolean uasc;
        private boolean appealRightsExhausted;
        private boolean livingWithFosterCarer;
        private boolean inEducationOrTraining;
        private boolean inFullTimeFurtherOrHigherEducation;
        private boolean inHigherEducation;
        private LocalDate requestedAdviserAfter21On;
        private LocalDate adviserNoLongerWantedOn;
        private LocalDate toldCouncilReturningToEducationOn;

        private Builder(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }

        public Builder period(CareLeaverCategory category, LocalDate from, LocalDate until) {
            timeline.add(new CategoryPeriod(category, from, until));
            return this;
        }

        public Builder timeline(List<CategoryPeriod> periods) {
            timeline.addAll(periods);
            return this;
        }

        public Builder disabled(boolean value) {
            disabled = value;
            return this;
        }

        public Builder ehcPlan(boolean value) {
            ehcPlan = value;
            return this;
        }

        public Builder uasc(boolean value) {
            uasc = value;
            return this;
        }

        public Builder appealRightsExhausted(boolean value) {
            appealRightsExhausted = value;
            return this;
        }

        public Builder livingWithFosterCarer(boolean value) {
            livingWithFosterCarer = value;
            return this;
        }

        public Builder inEducationOrTraining(boolean value) {
            inEducationOrTraining = value;
            return this;
        }

        public Builder inFullTimeFurtherOrHigherEducation(boolean value) {
            inFullTimeFurtherOrHigherEducation = value;
            return this;
        }

        public Builder inHigherEducation(boolean value) {
            inHigherEducation = value;
            return this;
        }

        public Builder requestedAdviserAfter21On(LocalDate value) {
            requestedAdviserAfter21On = value;
            return this;
        }

        public Builder adviserNoLongerWantedOn(LocalDate value) {
            adviserNoLongerWantedOn = value;
            return this;
        }

        public Builder toldCouncilReturningToEducationOn(LocalDate value) {
            toldCouncilReturningToEducationOn = value;
            return this;
        }

        public EntitlementFacts build() {
            return new EntitlementFacts(dateOfBirth, timeline, disabled, ehcPlan, uasc, appealRightsExhausted,
                    livingWithFosterCarer, inEducationOrTraining, inFullTimeFurtherOrHigherEducation,
                    inHigherEducation, requestedAdviserAfter21On, adviserNoLongerWantedOn,
                    toldCouncilReturningToEducationOn);
        }
    }
}
