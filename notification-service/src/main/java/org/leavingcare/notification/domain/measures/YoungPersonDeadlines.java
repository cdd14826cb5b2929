package org.leavingcare.notification.domain.measures;

import org.leavingcare.notification.domain.rules.Ages;
import org.leavingcare.notification.domain.rules.Category;
import org.leavingcare.notification.domain.rules.CategorySegment;
import org.leavingcare.notification.domain.rules.RuleSettings;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.leavingcare.notification.domain.rules.Category.ELIGIBLE;
import static org.leavingcare.notification.domain.rules.Category.FORMER_RELEVANT;
import static org.leavingcare.notification.domain.rules.Category.LOOKED_AFTER;
import static org.leavingcare.notification.domain.rules.Category.RELEVANT;

/**
 * The deadlines of one young person as the projection shows them now (docs/measures.md §2.3, which names
 * the snapshot field behind every date). Due dates and the conditions follow the alert rules of the same
 * clocks (RuleCatalogue) so that a measure and an alert never disagree about a deadline; unlike an alert,
 * a deadline is kept after it is met or after the young person moves on, because the measures count it.
 *
 * <p>The projection holds only the latest instance of a recurring clock (the next review, the next
 * contact); earlier instances come from the deadline ledger. It holds no dates yet for the plan
 * signature or the IRO's decisions, so those measures have no deadlines from here.
 */
public final class YoungPersonDeadlines {

    private static final Set<Category> LEAVING_CARE = Set.of(ELIGIBLE, RELEVANT, FORMER_RELEVANT);
    private static final Set<Category> ADVISER_DUTY = Set.of(RELEVANT, FORMER_RELEVANT);
    private static final Set<Category> CHILD_IN_OR_FROM_CARE = Set.of(LOOKED_AFTER, ELIGIBLE, RELEVANT);

    private final YoungPersonFacts f;
    private final RuleSettings s;
    private final List<DeadlineFact> deadlines = new ArrayList<>();

    private YoungPersonDeadlines(YoungPersonFacts facts, RuleSettings settings) {
        this.f = facts;
        this.s = settings;
    }

    public static List<DeadlineFact> of(YoungPersonFacts facts, RuleSettings settings) {
        if (facts.dateOfBirth() == null) {
            // no age, no clock: the alert rules skip such a record too
            return List.of();
        }
        YoungPersonDeadlines d = new YoungPersonDeadlines(facts, settings);
        d.needsAssessment();
        d.planAfterAssessment();
        d.planReview();
        d.adviserAllocated();
        d.contact();
        d.inTouch();
        d.entitlementsExplained();
        d.uascRiskAssessment();
        d.uascFurtherLeave();
        d.adultCareReferral();
        d.careActDecision();
        return List.copyOf(d.deadlines);
    }

    private void add(Measure measure, LocalDate opensOn, LocalDate dueOn, LocalDate metOn, LocalDate lapsesOn) {
        deadlines.add(new DeadlineFact(f.caseRef(), measure, opensOn, dueOn, metOn, metOn == null ? lapsesOn : null,
                f.team(), f.disabled(), f.uasc()));
    }

    // ---------------------------------------------------------------- the clocks

    /** NA-1: 3 months after the later of the 16th birthday and the eligibility date (A1). */
    private void needsAssessment() {
        LocalDate start = eligibilityStart();
        if (start == null) {
            return;
        }
        YoungPersonFacts.NeedsAssessment na = f.needsAssessment();
        LocalDate due = na != null && na.dueOn() != null ? na.dueOn() : start.plusMonths(3);
        // A1: an assessment completed within the 3 months before eligibility still counts
        LocalDate met = na != null && na.completedOn() != null && !na.completedOn().isBefore(start.minusMonths(3))
                ? na.completedOn() : null;
        add(Measure.NEEDS_ASSESSMENT, start, due, met, endOfRun(start, Set.of(ELIGIBLE), null));
    }

    /** PP-1: the plan within the configured days of the assessment's completion (A3). */
    private void planAfterAssessment() {
        YoungPersonFacts.NeedsAssessment na = f.needsAssessment();
        if (na == null || na.completedOn() == null) {
            return;
        }
        LocalDate completed = na.completedOn();
        YoungPersonFacts.PathwayPlan plan = f.pathwayPlan();
        LocalDate met = plan == null ? null : firstKnown(plan.createdOn(), plan.agreedOn());
        add(Measure.PLAN_AFTER_ASSESSMENT, completed, completed.plusDays(s.planAfterAssessmentDays()), met,
                endOfRun(completed, LEAVING_CARE, birthday(21)));
    }

    /** PP-5/PP-6: the open review cycle, from the last review (or agreement, or creation) (A5, A6). */
    private void planReview() {
        YoungPersonFacts.PathwayPlan plan = f.pathwayPlan();
        if (plan == null) {
            return;
        }
        LocalDate last = firstKnown(plan.lastReviewOn(), plan.agreedOn(), plan.createdOn());
        if (last == null) {
            return;
        }
        // LAC-2 for eligible children, PP-6 for relevant and former relevant: at most this long apart,
        // whatever date the plan itself carries
        int months = f.categoryOn(last) == ELIGIBLE ? 6 : s.relevantReviewMonths();
        LocalDate due = earlier(plan.nextReviewDue(), last.plusMonths(months));
        add(Measure.PLAN_REVIEW, last, due, null, endOfRun(last, LEAVING_CARE, birthday(21)));
    }

    /** PA-1/PA-9: the allocation date is leaver-service's local policy (A9); eligible children only. */
    private void adviserAllocated() {
        LocalDate start = eligibilityStart();
        YoungPersonFacts.Leaver l = f.leaver();
        if (start == null || l == null || l.allocationDueOn() == null) {
            return;
        }
        LocalDate met = f.hasAdviser() ? l.allocatedOn() : null;
        add(Measure.ADVISER_ALLOCATED, start, l.allocationDueOn(), met, endOfRun(start, Set.of(ELIGIBLE), null));
    }

    /** PA-8: the open contact interval, from the last face-to-face contact (A12). */
    private void contact() {
        adviserCycle(Measure.CONTACT, f.leaver() == null ? null : f.leaver().lastFaceToFaceContactOn(),
                f.leaver() == null ? null : f.leaver().contactDueBy(), s.contactWeeks());
    }

    /** PA-7: the open interval before the young person counts as lost touch (A13). */
    private void inTouch() {
        adviserCycle(Measure.IN_TOUCH, f.leaver() == null ? null : f.leaver().lastSuccessfulContactOn(),
                f.leaver() == null ? null : f.leaver().lostTouchAfter(), s.lostTouchWeeks());
    }

    private void adviserCycle(Measure measure, LocalDate lastContact, LocalDate dueBy, int weeks) {
        LocalDate dutyStart = firstDayIn(ADVISER_DUTY);
        if (dutyStart == null) {
            return;
        }
        YoungPersonFacts.Leaver l = f.leaver();
        LocalDate base = firstKnown(lastContact, l == null ? null : l.allocatedOn(), dutyStart);
        LocalDate opens = base.isBefore(dutyStart) ? dutyStart : base;
        LocalDate due = dueBy;
        if (due == null) {
            if (l != null) {
                // leaver-service leaves the date out when it would fall after the adviser duty ends
                return;
            }
            due = base.plusWeeks(weeks);
        }
        add(measure, opens, due, null, endOfRun(opens, ADVISER_DUTY, birthday(21)));
    }

    /** FIN-5 (local): explained by the configured age, or leaver-service's due date (ENT-1). */
    private void entitlementsExplained() {
        LocalDate start = firstDayIn(LEAVING_CARE);
        if (start == null) {
            return;
        }
        YoungPersonFacts.Leaver l = f.leaver();
        LocalDate due = l != null && l.entitlementsDueBy() != null ? l.entitlementsDueBy() : reaching(s.entitlementsAgeMonths());
        add(Measure.ENTITLEMENTS_EXPLAINED, start, due, l == null ? null : l.entitlementsExplainedOn(),
                endOfRun(start, LEAVING_CARE, birthday(21)));
    }

    /** UASC-2: within the configured days of first being identified. */
    private void uascRiskAssessment() {
        YoungPersonFacts.Immigration imm = f.immigration();
        if (!f.uasc() || imm == null || imm.firstIdentifiedOn() == null) {
            return;
        }
        add(Measure.UASC_RISK_ASSESSMENT, imm.firstIdentifiedOn(), imm.firstIdentifiedOn().plusDays(s.riskAssessmentDays()),
                imm.riskAssessmentCompletedOn(), null);
    }

    /** UASC-6: an application on or before the expiry day keeps the leave (s3C; A22). */
    private void uascFurtherLeave() {
        YoungPersonFacts.Immigration imm = f.immigration();
        if (imm == null || imm.leaveExpiresOn() == null) {
            return;
        }
        LocalDate expiry = imm.leaveExpiresOn();
        add(Measure.UASC_FURTHER_LEAVE, expiry.minusMonths(s.furtherLeaveWindowMonths()), expiry,
                imm.furtherLeaveApplicationMadeOn(), null);
    }

    /** DIS-1/DIS-3: referral, Care Act assessment or decision by the configured age (A19); owed under 18. */
    private void adultCareReferral() {
        LocalDate known = firstDayIn(CHILD_IN_OR_FROM_CARE);
        if (!(f.disabled() || f.ehcp() || f.likelyAdultCareNeeds()) || known == null) {
            return;
        }
        YoungPersonFacts.AdultTransition at = f.adultTransition();
        LocalDate met = at == null ? null : earliest(at.referredToAdultSocialCareOn(), at.careActAssessmentCompletedOn(),
                at.adultServicesDecision() == null ? null : at.adultServicesDecisionOn());
        LocalDate due = reaching(s.adultReferralAgeMonths());
        add(Measure.ADULT_CARE_REFERRAL, earlier(known, due), due, met, birthday(18));
    }

    /** DIS-3/DIS-4: an assessment or a decision (not DEFERRED) months before 18 (A20); s66 runs to 25. */
    private void careActDecision() {
        LocalDate known = firstDayIn(CHILD_IN_OR_FROM_CARE);
        if (!(f.disabled() || f.likelyAdultCareNeeds()) || known == null) {
            return;
        }
        YoungPersonFacts.AdultTransition at = f.adultTransition();
        boolean decided = at != null && at.adultServicesDecision() != null && !at.adultServicesDecision().equals("DEFERRED");
        LocalDate met = at == null ? null : earliest(at.careActAssessmentCompletedOn(), decided ? at.adultServicesDecisionOn() : null);
        LocalDate due = birthday(18).minusMonths(s.adultDecisionMonthsBefore18());
        add(Measure.CARE_ACT_DECISION, earlier(known, due), due, met, birthday(25));
    }

    // ---------------------------------------------------------------- the timeline

    /** NA-1's clock start: the later of the 16th birthday and the eligibility date; {@code null} if never eligible. */
    private LocalDate eligibilityStart() {
        LocalDate eligible = f.eligibilityDate() != null ? f.eligibilityDate() : firstDayIn(Set.of(ELIGIBLE));
        if (eligible == null) {
            return null;
        }
        LocalDate d16 = birthday(16);
        return eligible.isAfter(d16) ? eligible : d16;
    }

    private LocalDate firstDayIn(Set<Category> categories) {
        for (CategorySegment segment : f.categoryTimeline()) {
            if (categories.contains(segment.category())) {
                return segment.from();
            }
        }
        return null;
    }

    /**
     * The first day on or after {@code from} that the young person is outside {@code categories} (or has
     * reached {@code ageLimit}): the day a duty owed in those categories stops; {@code null} if never.
     */
    private LocalDate endOfRun(LocalDate from, Set<Category> categories, LocalDate ageLimit) {
        LocalDate cursor = from;
        for (CategorySegment segment : f.categoryTimeline()) {
            if (segment.until() != null && !segment.until().isAfter(cursor)) {
                continue;
            }
            if (segment.from().isAfter(cursor) || !categories.contains(segment.category())) {
                // a gap in the timeline, or another category: the run ends here
                return capped(cursor, from, ageLimit);
            }
            if (segment.until() == null) {
                return capped(null, from, ageLimit);
            }
            cursor = segment.until();
        }
        // the timeline ends with the run (or is empty: nothing known, so nothing ends)
        return capped(f.categoryTimeline().isEmpty() ? null : cursor, from, ageLimit);
    }

    private static LocalDate capped(LocalDate end, LocalDate from, LocalDate ageLimit) {
        if (ageLimit == null) {
            return end;
        }
        LocalDate limit = ageLimit.isBefore(from) ? from : ageLimit;
        return end == null || limit.isBefore(end) ? limit : end;
    }

    // ---------------------------------------------------------------- dates

    private LocalDate birthday(int years) {
        return Ages.birthday(f.dateOfBirth(), years, s.leapDayBirthdays());
    }

    private LocalDate reaching(int months) {
        return Ages.reaching(f.dateOfBirth(), months, s.leapDayBirthdays());
    }

    private static LocalDate firstKnown(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate... dates) {
        LocalDate earliest = null;
        for (LocalDate date : dates) {
            earliest = earlier(earliest, date);
        }
        return earliest;
    }

}
