package org.leavingcare.notification.domain.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.leavingcare.notification.domain.rules.Category.ELIGIBLE;
import static org.leavingcare.notification.domain.rules.Category.FORMER_RELEVANT;
import static org.leavingcare.notification.domain.rules.Category.LOOKED_AFTER;
import static org.leavingcare.notification.domain.rules.Category.RELEVANT;
import static org.leavingcare.notification.domain.rules.Severity.CRITICAL;
import static org.leavingcare.notification.domain.rules.Severity.DUE;
import static org.leavingcare.notification.domain.rules.Severity.OVERDUE;
import static org.leavingcare.notification.domain.rules.Severity.UPCOMING;

/**
 * The transition rules this service alerts on (rules.md §7, §8 and §11), built with the authority's
 * configured numbers. Every rule reads only the projected facts and the date it is asked about, so
 * the same facts on the same day always give the same findings, whether an event or the daily sweep
 * asks.
 */
public final class RuleCatalogue {

    /** No CRITICAL level for a rule built with {@link #ladder}. */
    static final int NEVER = -1;

    private static final Set<Category> CARE_LEAVER_WITH_PA_DUTY = Set.of(RELEVANT, FORMER_RELEVANT);

    private final RuleSettings settings;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public RuleCatalogue(RuleSettings settings) {
        this.settings = settings;
        general();
        disabled();
        unaccompanied();
    }

    public RuleSettings settings() {
        return settings;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Every rule's finding for one young person on {@code today}. */
    public List<Finding> evaluate(YoungPersonFacts facts, LocalDate today) {
        List<Finding> findings = new ArrayList<>(4);
        for (Rule rule : rules.values()) {
            rule.evaluate(facts, today).ifPresent(findings::add);
        }
        return findings;
    }

    /**
     * The usual severity ladder around a deadline (C-2: the deadline day itself counts as on time):
     * nothing before {@code due - upcomingDays}; UPCOMING until the day before; DUE on the day; OVERDUE
     * after; CRITICAL once more than {@code criticalAfterDays} overdue (never when {@link #NEVER}).
     */
    static Severity ladder(LocalDate today, LocalDate due, int upcomingDays, int criticalAfterDays) {
        if (today.isBefore(due.minusDays(upcomingDays))) {
            return null;
        }
        if (today.isBefore(due)) {
            return UPCOMING;
        }
        if (today.equals(due)) {
            return DUE;
        }
        if (criticalAfterDays != NEVER && today.isAfter(due.plusDays(criticalAfterDays))) {
            return CRITICAL;
        }
        return OVERDUE;
    }

    private static Finding found(String ruleId, LocalDate due, Severity severity) {
        return severity == null ? null : new Finding(ruleId, due, severity);
    }

    private LocalDate birthday(YoungPersonFacts f, int years) {
        return Ages.birthday(f.dateOfBirth(), years, settings.leapDayBirthdays());
    }

    private LocalDate reaching(YoungPersonFacts f, int months) {
        return Ages.reaching(f.dateOfBirth(), months, settings.leapDayBirthdays());
    }

    /** NA-1: the assessment clock starts on the later of the 16th birthday and the eligibility date. */
    private LocalDate assessmentClockStart(YoungPersonFacts f) {
        LocalDate d16 = birthday(f, 16);
        LocalDate eligible = f.eligibilityDate();
        return eligible != null && eligible.isAfter(d16) ? eligible : d16;
    }

    /** NA-1: pathway-service's due date, or {@code max(d16, eligibility date) + 3 months}. */
    private LocalDate assessmentDue(YoungPersonFacts f) {
        YoungPersonFacts.NeedsAssessment na = f.needsAssessment();
        if (na != null && na.dueOn() != null) {
            return na.dueOn();
        }
        return assessmentClockStart(f).plusMonths(3);
    }

    /** A1: no completed assessment dated on or after {@code eligibility start - 3 months}. */
    private boolean assessmentOutstanding(YoungPersonFacts f) {
        YoungPersonFacts.NeedsAssessment na = f.needsAssessment();
        return na == null || na.completedOn() == null
                || na.completedOn().isBefore(assessmentClockStart(f).minusMonths(3));
    }

    /** FRC duties are active to 21 (s23C(6)); relevant children are under 18 by definition. */
    private boolean relevantOrActiveFormerRelevant(YoungPersonFacts f, LocalDate today) {
        return f.isIn(today, CARE_LEAVER_WITH_PA_DUTY) && today.isBefore(birthday(f, 21));
    }

    private boolean owedAPlan(YoungPersonFacts f, LocalDate today) {
        return f.categoryOn(today) == ELIGIBLE || relevantOrActiveFormerRelevant(f, today);
    }

    /** DIS-4: a deferred decision leaves the young person without adult provision: not a decision. */
    private static boolean adultDecisionMade(YoungPersonFacts.AdultTransition at) {
        return at.adultServicesDecision() != null && !at.adultServicesDecision().equals("DEFERRED");
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

    private static RuleParameter days(String name, int value, String description) {
        return new RuleParameter(name, value + " days", description);
    }

    private static RuleParameter months(String name, int value, String description) {
        return new RuleParameter(name, value + " months", description);
    }

    private void add(Rule rule) {
        rules.put(rule.id(), rule);
    }

    // ---------------------------------------------------------------- general transitions (§11)

    private void general() {
        RuleSettings s = settings;

        add(new Rule("A1", Rule.Group.GENERAL, "Needs assessment due soon or overdue",
                "Eligible children (CAT-1)",
                "No needs assessment completed on or after 3 months before the young person became eligible, "
                        + "and today is within " + s.needsAssessmentUpcomingDays() + " days of the deadline "
                        + "(UPCOMING, rules.md A2), on it (DUE) or past it (OVERDUE; CRITICAL more than "
                        + s.needsAssessmentCriticalDays() + " days past). The deadline is 3 months after the "
                        + "later of the 16th birthday and the eligibility date.",
                "the needs assessment was completed, or the young person is no longer an eligible child",
                List.of(UPCOMING, DUE, OVERDUE, CRITICAL),
                List.of(days("upcoming-days", s.needsAssessmentUpcomingDays(), "how long before the deadline the alert is raised"),
                        days("critical-after-days", s.needsAssessmentCriticalDays(), "how long overdue before it is critical [L]")),
                new RuleSource(List.of("A1", "A2", "NA-1"),
                        "Children Act 1989 Sch 2 para 19B(4); CPPCR 2010 regs 41-42(1)", false),
                (f, today) -> {
                    // NA-1: complete not more than 3 months after max(d16, eligibility date)
                    if (f.categoryOn(today) != ELIGIBLE || !assessmentOutstanding(f)) {
                        return null;
                    }
                    LocalDate due = assessmentDue(f);
                    return found("A1", due, ladder(today, due, s.needsAssessmentUpcomingDays(), s.needsAssessmentCriticalDays()));
                }));

        add(new Rule("NA-6", Rule.Group.GENERAL, "Reassessment after a change of circumstances due or overdue",
                "Eligible, relevant and former relevant (under 21) young people with a completed needs assessment",
                "A change of circumstances made a reassessment due (pathway-service's reassessmentDueOn, cleared by a "
                        + "newer completed assessment): UPCOMING from " + s.needsAssessmentUpcomingDays() + " days before, "
                        + "DUE on the day, OVERDUE after, CRITICAL more than " + s.needsAssessmentCriticalDays() + " days after.",
                "the reassessment was completed, or the young person is no longer owed one",
                List.of(UPCOMING, DUE, OVERDUE, CRITICAL),
                List.of(days("upcoming-days", s.needsAssessmentUpcomingDays(), "as for A1"),
                        days("critical-after-days", s.needsAssessmentCriticalDays(), "as for A1 [L]")),
                new RuleSource(List.of("NA-6", "PP-6"), "CPPCR 2010 reg 32(2); the interval after a change is local policy", true),
                (f, today) -> {
                    YoungPersonFacts.NeedsAssessment na = f.needsAssessment();
                    if (na == null || na.reassessmentDueOn() == null || !owedAPlan(f, today)) {
                        return null;
                    }
                    LocalDate due = na.reassessmentDueOn();
                    return found("NA-6", due, ladder(today, due, s.needsAssessmentUpcomingDays(), s.needsAssessmentCriticalDays()));
                }));

        add(new Rule("A3", Rule.Group.GENERAL, "Pathway plan missing after the needs assessment",
                "Eligible, relevant and former relevant (under 21) young people",
                "The needs assessment is completed but there is no pathway plan " + s.planAfterAssessmentDays()
                        + " days after its completion (DUE on that day, OVERDUE after).",
                "a pathway plan was created, or the young person is no longer owed one",
                List.of(DUE, OVERDUE),
                List.of(days("plan-after-assessment-days", s.planAfterAssessmentDays(),
                        "time allowed from the assessment to the plan, about 20 working days [L]")),
                new RuleSource(List.of("A3", "PP-1"), "Children Act 1989 Sch 2 para 19B(4), s23E(1)", true),
                (f, today) -> {
                    YoungPersonFacts.NeedsAssessment na = f.needsAssessment();
                    // PP-1: "as soon as possible after the assessment"; the allowance is local policy
                    if (!owedAPlan(f, today) || na == null || na.completedOn() == null || f.pathwayPlan() != null) {
                        return null;
                    }
                    LocalDate due = na.completedOn().plusDays(s.planAfterAssessmentDays());
                    return found("A3", due, ladder(today, due, 0, NEVER));
                }));

        add(new Rule("A5", Rule.Group.GENERAL, "Pathway plan review overdue (relevant and former relevant)",
                "Relevant children and former relevant children under 21 with a pathway plan",
                "The plan's next review date (at most " + s.relevantReviewMonths() + " months after the last "
                        + "review, agreement or creation) is within " + s.reviewUpcomingDays() + " days (UPCOMING), "
                        + "today (DUE) or past (OVERDUE; CRITICAL more than " + s.reviewCriticalDays() + " days past).",
                "the plan was reviewed, or the young person is no longer relevant or former relevant under 21",
                List.of(UPCOMING, DUE, OVERDUE, CRITICAL),
                List.of(months("review-interval-months", s.relevantReviewMonths(), "longest gap between reviews (PP-6)"),
                        days("upcoming-days", s.reviewUpcomingDays(), "how long before the review date the alert is raised [L]"),
                        days("critical-after-days", s.reviewCriticalDays(), "how long overdue before it is critical [L]")),
                new RuleSource(List.of("A5", "PP-6"), "Care Leavers (England) Regulations 2010 reg 7", false),
                (f, today) -> {
                    YoungPersonFacts.PathwayPlan plan = f.pathwayPlan();
                    if (plan == null || !relevantOrActiveFormerRelevant(f, today)) {
                        return null;
                    }
                    // PP-6: at least every 6 months, whatever date the plan itself carries
                    LocalDate last = firstKnown(plan.lastReviewOn(), plan.agreedOn(), plan.createdOn());
                    LocalDate due = earlier(plan.nextReviewDue(), last == null ? null : last.plusMonths(s.relevantReviewMonths()));
                    if (due == null) {
                        return null;
                    }
                    return found("A5", due, ladder(today, due, s.reviewUpcomingDays(), s.reviewCriticalDays()));
                }));

        add(new Rule("A6", Rule.Group.GENERAL, "Looked-after / pathway plan review overdue (eligible)",
                "Eligible children with a pathway plan",
                "The plan's next review date (the looked-after review cycle: at most 6 months after the last "
                        + "review) is within " + s.reviewUpcomingDays() + " days (UPCOMING), today (DUE) or past "
                        + "(OVERDUE; CRITICAL more than " + s.reviewCriticalDays() + " days past).",
                "the plan was reviewed, or the young person is no longer an eligible child",
                List.of(UPCOMING, DUE, OVERDUE, CRITICAL),
                List.of(days("upcoming-days", s.reviewUpcomingDays(), "how long before the review date the alert is raised [L]"),
                        days("critical-after-days", s.reviewCriticalDays(), "how long overdue before it is critical [L]")),
                new RuleSource(List.of("A6", "PP-5", "LAC-2"), "Children Act 1989 Sch 2 para 19B(5)-(6); CPPCR 2010 reg 33", false),
                (f, today) -> {
                    YoungPersonFacts.PathwayPlan plan = f.pathwayPlan();
                    if (plan == null || f.categoryOn(today) != ELIGIBLE) {
                        return null;
                    }
                    // LAC-2: subsequent reviews at most 6 months apart
                    LocalDate last = firstKnown(plan.lastReviewOn(), plan.agreedOn(), plan.createdOn());
                    LocalDate due = earlier(plan.nextReviewDue(), last == null ? null : last.plusMonths(6));
                    if (due == null) {
                        return null;
                    }
                    return found("A6", due, ladder(today, due, s.reviewUpcomingDays(), s.reviewCriticalDays()));
                }));

        add(new Rule("A9", Rule.Group.GENERAL, "No personal adviser by the allocation due date (eligible)",
                "Eligible children",
                "No personal adviser is allocated and the allocation due date (leaver-service's local policy, "
                        + "e.g. 17 years 6 months, earlier for complex needs; judged once leaver-service has "
                        + "published it) is within " + s.allocationUpcomingDays() + " days (UPCOMING), today (DUE) or past (OVERDUE).",
                "a personal adviser was allocated, or the young person is no longer an eligible child",
                List.of(UPCOMING, DUE, OVERDUE),
                List.of(days("upcoming-days", s.allocationUpcomingDays(), "how long before the due date the alert is raised [L]")),
                new RuleSource(List.of("A9", "PA-1", "PA-9"), "Children Act 1989 Sch 2 para 19C; allocation age is local policy", true),
                (f, today) -> {
                    if (f.categoryOn(today) != ELIGIBLE || f.hasAdviser()) {
                        return null;
                    }
                    // PA-9: the allocation date is leaver-service's local policy. Until its snapshot has
                    // arrived (seconds after pathway's), there is nothing to judge: falling back to the
                    // needs-assessment deadline would raise an alert with one due date and resolve it a
                    // moment later for another, a pair of webhooks that mean nothing to the receiver.
                    if (f.leaver() == null || f.leaver().allocationDueOn() == null) {
                        return null;
                    }
                    LocalDate due = f.leaver().allocationDueOn();
                    return found("A9", due, ladder(today, due, s.allocationUpcomingDays(), NEVER));
                }));

        add(new Rule("A10", Rule.Group.GENERAL, "No personal adviser (relevant or former relevant under 21)",
                "Relevant children and former relevant children under 21",
                "No personal adviser is allocated. The duty starts the day the young person became relevant "
                        + "(or former relevant): DUE that day, OVERDUE after, CRITICAL more than "
                        + s.noAdviserCriticalDays() + " days after.",
                "a personal adviser was allocated, or the young person turned 21 or left these categories",
                List.of(DUE, OVERDUE, CRITICAL),
                List.of(days("critical-after-days", s.noAdviserCriticalDays(), "how long without an adviser before it is critical [L]")),
                new RuleSource(List.of("A10", "PA-2", "PA-3"), "Children Act 1989 s23B(2), s23C(3)(a)", false),
                (f, today) -> {
                    if (!relevantOrActiveFormerRelevant(f, today) || f.hasAdviser()) {
                        return null;
                    }
                    // PA-2: appoint immediately on becoming relevant
                    LocalDate due = f.inSince(today, CARE_LEAVER_WITH_PA_DUTY);
                    return found("A10", due, ladder(today, due, 0, s.noAdviserCriticalDays()));
                }));

        add(new Rule("A12", Rule.Group.GENERAL, "Contact overdue",
                "Relevant children and former relevant children under 21",
                "No face-to-face contact by the contact due date (leaver-service's, or the last face-to-face "
                        + "contact, allocation or start of the duty plus " + s.contactWeeks() + " weeks): UPCOMING "
                        + s.contactUpcomingDays() + " days before, DUE on the day, OVERDUE after.",
                "a contact was recorded, or the young person left these categories",
                List.of(UPCOMING, DUE, OVERDUE),
                List.of(new RuleParameter("contact-interval-weeks", s.contactWeeks() + " weeks",
                                "local contact standard when leaver-service gives no due date [L]"),
                        days("upcoming-days", s.contactUpcomingDays(), "how long before the due date the alert is raised [L]")),
                new RuleSource(List.of("A12", "PA-8"), "Local contact standard (e.g. face to face every 8 weeks)", true),
                (f, today) -> {
                    if (!relevantOrActiveFormerRelevant(f, today)) {
                        return null;
                    }
                    YoungPersonFacts.Leaver l = f.leaver();
                    LocalDate due = l != null ? l.contactDueBy() : null;
                    if (due == null) {
                        LocalDate base = firstKnown(l == null ? null : l.lastFaceToFaceContactOn(),
                                l == null ? null : l.allocatedOn(), f.inSince(today, CARE_LEAVER_WITH_PA_DUTY));
                        due = base.plusWeeks(s.contactWeeks());
                    }
                    return found("A12", due, ladder(today, due, s.contactUpcomingDays(), NEVER));
                }));

        add(new Rule("A13", Rule.Group.GENERAL, "Lost touch",
                "Relevant children and former relevant children under 21",
                "No successful contact since the lost-touch date (leaver-service's, or the last successful "
                        + "contact, allocation or start of the duty plus " + s.lostTouchWeeks() + " weeks): OVERDUE "
                        + "after it, CRITICAL more than " + s.lostTouchCriticalDays() + " days after.",
                "a successful contact was recorded, or the young person left these categories",
                List.of(OVERDUE, CRITICAL),
                List.of(new RuleParameter("lost-touch-weeks", s.lostTouchWeeks() + " weeks",
                                "time without successful contact before the young person counts as lost touch [L]"),
                        days("critical-after-days", s.lostTouchCriticalDays(), "how long lost before it is critical [L]")),
                new RuleSource(List.of("A13", "PA-7"), "Children Act 1989 s23B(11), s23C(2): keep in touch and re-establish contact", false),
                (f, today) -> {
                    if (!relevantOrActiveFormerRelevant(f, today)) {
                        return null;
                    }
                    YoungPersonFacts.Leaver l = f.leaver();
                    LocalDate due = l != null ? l.lostTouchAfter() : null;
                    if (due == null) {
                        LocalDate base = firstKnown(l == null ? null : l.lastSuccessfulContactOn(),
                                l == null ? null : l.allocatedOn(), f.inSince(today, CARE_LEAVER_WITH_PA_DUTY));
                        due = base.plusWeeks(s.lostTouchWeeks());
                    }
                    if (!today.isAfter(due)) {
                        return null;
                    }
                    return new Finding("A13", due, today.isAfter(due.plusDays(s.lostTouchCriticalDays())) ? CRITICAL : OVERDUE);
                }));

        add(new Rule("ENT-1", Rule.Group.GENERAL, "Rights and entitlements not explained by the configured age",
                "Eligible, relevant and former relevant (under 21) young people",
                "Nobody has recorded explaining the young person's rights and entitlements (the local offer) "
                        + "by the due date (leaver-service's, or the age of " + s.entitlementsAgeMonths() + " months): "
                        + "UPCOMING " + s.entitlementsUpcomingDays() + " days before, DUE on the day, OVERDUE after.",
                "the entitlements were explained, or the young person left these categories",
                List.of(UPCOMING, DUE, OVERDUE),
                List.of(months("explained-by-age-months", s.entitlementsAgeMonths(), "age by which entitlements are explained [L]"),
                        days("upcoming-days", s.entitlementsUpcomingDays(), "how long before the due date the alert is raised [L]")),
                new RuleSource(List.of("FIN-5", "FIN-6"), "Children and Social Work Act 2017 s2 (local offer); the age is local policy", true),
                (f, today) -> {
                    if (!owedAPlan(f, today)) {
                        return null;
                    }
                    YoungPersonFacts.Leaver l = f.leaver();
                    if (l != null && l.entitlementsExplainedOn() != null) {
                        return null;
                    }
                    LocalDate due = l != null && l.entitlementsDueBy() != null
                            ? l.entitlementsDueBy() : reaching(f, s.entitlementsAgeMonths());
                    return found("ENT-1", due, ladder(today, due, s.entitlementsUpcomingDays(), NEVER));
                }));

        add(new Rule("A14", Rule.Group.GENERAL, "Turning 21: decision on support after 21 missing",
                "Former relevant young people from " + s.turning21NoticeMonths() + " months before 21 until 25",
                "No decision on support after 21 is recorded: UPCOMING from " + s.turning21NoticeMonths()
                        + " months before the 21st birthday, DUE on it, OVERDUE after (until 25).",
                "a decision on support after 21 was recorded, or the young person turned 25",
                List.of(UPCOMING, DUE, OVERDUE),
                List.of(months("notice-months", s.turning21NoticeMonths(), "how long before the 21st birthday the decision is asked for")),
                new RuleSource(List.of("A14", "PA-10"), "Children Act 1989 s23CZB(2)", false),
                (f, today) -> {
                    LocalDate d21 = birthday(f, 21);
                    // CAT-8: the duty to offer a PA runs to 25
                    if (f.categoryOn(today) != FORMER_RELEVANT || today.isBefore(d21.minusMonths(s.turning21NoticeMonths()))
                            || !today.isBefore(birthday(f, 25))) {
                        return null;
                    }
                    if (f.leaver() != null && f.leaver().post21DecisionOn() != null) {
                        return null;
                    }
                    return found("A14", d21, ladder(today, d21, (int) ChronoUnit.DAYS.between(
                            d21.minusMonths(s.turning21NoticeMonths()), d21), NEVER));
                }));
    }

    // ---------------------------------------------------------------- disabled young people (§7)

    private void disabled() {
        RuleSettings s = settings;

        add(new Rule("DIS-NA", Rule.Group.DISABLED, "Disabled eligible child: needs assessment not done by the deadline",
                "Disabled eligible children (often held by children-with-disabilities teams)",
                "No needs assessment is completed by the NA-1 deadline: OVERDUE the day after, CRITICAL more than "
                        + s.disabledAssessmentCriticalDays() + " days after. This is the failure the inspection found "
                        + "in children-with-disabilities teams.",
                "the needs assessment was completed, or the young person is no longer an eligible child",
                List.of(OVERDUE, CRITICAL),
                List.of(days("critical-after-days", s.disabledAssessmentCriticalDays(), "how long overdue before it is critical [L]")),
                new RuleSource(List.of("A1", "NA-1", "DIS-7"), "CPPCR 2010 reg 42(1); Ofsted inspection finding", false),
                (f, today) -> {
                    if (!f.disabled() || f.categoryOn(today) != ELIGIBLE || !assessmentOutstanding(f)) {
                        return null;
                    }
                    LocalDate due = assessmentDue(f);
                    if (!today.isAfter(due)) {
                        return null;
                    }
                    return new Finding("DIS-NA", due, today.isAfter(due.plusDays(s.disabledAssessmentCriticalDays())) ? CRITICAL : OVERDUE);
                }));

        add(new Rule("A19", Rule.Group.DISABLED, "No referral to adult social care or Care Act s58 decision",
                "Disabled young people, or those with an EHC plan or likely adult care needs, who are looked after, eligible or relevant",
                "No referral to adult social care, no Care Act assessment and no adult services decision by the age of "
                        + s.adultReferralAgeMonths() + " months (default 16 years, not 17½: the inspection called 17½ far "
                        + "too late): UPCOMING " + s.adultReferralUpcomingDays() + " days before, DUE on the day, OVERDUE after.",
                "the young person was referred to adult social care or a Care Act decision was recorded",
                List.of(UPCOMING, DUE, OVERDUE),
                List.of(months("referral-age-months", s.adultReferralAgeMonths(), "age by which the referral or s58 decision is made [L]"),
                        days("upcoming-days", s.adultReferralUpcomingDays(), "how long before that age the alert is raised [L]")),
                new RuleSource(List.of("A19", "DIS-1", "DIS-3"), "Care Act 2014 s58-s59; the age is local policy", true),
                (f, today) -> {
                    if (!(f.disabled() || f.ehcp() || f.likelyAdultCareNeeds())
                            || !f.isIn(today, Set.of(LOOKED_AFTER, ELIGIBLE, RELEVANT))) {
                        return null;
                    }
                    YoungPersonFacts.AdultTransition at = f.adultTransition();
                    if (at != null && (at.referredToAdultSocialCareOn() != null || at.careActAssessmentCompletedOn() != null
                            || at.adultServicesDecision() != null)) {
                        return null;
                    }
                    LocalDate due = reaching(f, s.adultReferralAgeMonths());
                    return found("A19", due, ladder(today, due, s.adultReferralUpcomingDays(), NEVER));
                }));

        add(new Rule("A20", Rule.Group.DISABLED, "No adult provision decision near 18",
                "Disabled young people (or with likely adult care needs) under 18",
                "No Care Act assessment completed and no adult services decision " + s.adultDecisionMonthsBefore18()
                        + " months before the 18th birthday: DUE that day, OVERDUE after, CRITICAL more than "
                        + s.adultDecisionCriticalDays() + " days after.",
                "a Care Act assessment or adult services decision was recorded, or the young person turned 18 (see S66)",
                List.of(DUE, OVERDUE, CRITICAL),
                List.of(months("months-before-18", s.adultDecisionMonthsBefore18(), "how long before 18 the decision is needed"),
                        days("critical-after-days", s.adultDecisionCriticalDays(), "how long overdue before it is critical [L]")),
                new RuleSource(List.of("A20", "DIS-3"), "Care Act 2014 s58-s59", false),
                (f, today) -> {
                    LocalDate d18 = birthday(f, 18);
                    if (!(f.disabled() || f.likelyAdultCareNeeds()) || !today.isBefore(d18)) {
                        return null;
                    }
                    YoungPersonFacts.AdultTransition at = f.adultTransition();
                    if (at != null && (at.careActAssessmentCompletedOn() != null || adultDecisionMade(at))) {
                        return null;
                    }
                    LocalDate due = d18.minusMonths(s.adultDecisionMonthsBefore18());
                    return found("A20", due, ladder(today, due, 0, s.adultDecisionCriticalDays()));
                }));

        add(new Rule("S66", Rule.Group.DISABLED, "Turned 18 with no adult decision: children's services must continue (s66)",
                "Disabled young people (or with likely adult care needs) aged 18 to 25",
                "The young person is 18 or over and no adult services decision is recorded: children's services "
                        + "must continue until the adult steps are complete (OVERDUE from the 18th birthday).",
                "an adult services decision (other than DEFERRED) was recorded, or the young person turned 25",
                List.of(OVERDUE),
                List.of(),
                new RuleSource(List.of("A20", "DIS-4"), "Care Act 2014 s66 (continuity of children's services after 18)", false),
                (f, today) -> {
                    LocalDate d18 = birthday(f, 18);
                    if (!(f.disabled() || f.likelyAdultCareNeeds()) || today.isBefore(d18) || !today.isBefore(birthday(f, 25))) {
                        return null;
                    }
                    YoungPersonFacts.AdultTransition at = f.adultTransition();
                    if (at != null && adultDecisionMade(at)) {
                        return null;
                    }
                    return new Finding("S66", d18, OVERDUE);
                }));

        add(new Rule("DIS-PA", Rule.Group.DISABLED, "Disabled care leaver unknown to the leaving-care team",
                "Disabled relevant children and former relevant children under 21",
                "No personal adviser is allocated: the young person is unknown to the leaving-care team "
                        + "(CRITICAL from the day the duty starts).",
                "a personal adviser was allocated, or the young person turned 21 or left these categories",
                List.of(CRITICAL),
                List.of(),
                new RuleSource(List.of("A10", "PA-2", "PA-3", "DIS-7"), "Children Act 1989 s23B(2), s23C(3)(a)", false),
                (f, today) -> {
                    if (!f.disabled() || !relevantOrActiveFormerRelevant(f, today) || f.hasAdviser()) {
                        return null;
                    }
                    return new Finding("DIS-PA", f.inSince(today, CARE_LEAVER_WITH_PA_DUTY), CRITICAL);
                }));
    }

    // ---------------------------------------------------------------- unaccompanied asylum-seeking (§8)

    private void unaccompanied() {
        RuleSettings s = settings;

        add(new Rule("UASC-2", Rule.Group.UASC, "No risk assessment after first being identified",
                "Unaccompanied asylum-seeking children",
                "No safeguarding risk assessment (trafficking, going missing) within " + s.riskAssessmentDays()
                        + " day(s) of first being identified: DUE until then, OVERDUE after, CRITICAL more than "
                        + s.riskAssessmentCriticalDays() + " days after.",
                "the risk assessment was recorded",
                List.of(DUE, OVERDUE, CRITICAL),
                List.of(days("within-days", s.riskAssessmentDays(), "time allowed from first identification [L]"),
                        days("critical-after-days", s.riskAssessmentCriticalDays(), "how long overdue before it is critical [L]")),
                new RuleSource(List.of("UASC-2"), "DfE, Care of unaccompanied migrant children and child victims of modern slavery (2017); no statutory timescale", true),
                (f, today) -> {
                    YoungPersonFacts.Immigration imm = f.immigration();
                    if (!f.uasc() || imm == null || imm.firstIdentifiedOn() == null || imm.riskAssessmentCompletedOn() != null
                            || today.isBefore(imm.firstIdentifiedOn())) {
                        return null;
                    }
                    LocalDate due = imm.firstIdentifiedOn().plusDays(s.riskAssessmentDays());
                    Severity severity = !today.isAfter(due) ? DUE
                            : today.isAfter(due.plusDays(s.riskAssessmentCriticalDays())) ? CRITICAL : OVERDUE;
                    return new Finding("UASC-2", due, severity);
                }));

        add(new Rule("A23", Rule.Group.UASC, "Legal representative not instructed before leave expires",
                "Young people with limited leave to remain",
                "No solicitor instructed and the leave expires within " + s.solicitorWindowMonths() + " months: "
                        + "DUE until " + s.solicitorByMonthsBeforeExpiry() + " months before expiry, OVERDUE after, "
                        + "CRITICAL from " + s.solicitorCriticalDays() + " days before expiry.",
                "a solicitor was instructed, or the leave expiry was removed",
                List.of(DUE, OVERDUE, CRITICAL),
                List.of(months("window-months", s.solicitorWindowMonths(), "how long before expiry the solicitor is needed"),
                        months("instruct-by-months-before-expiry", s.solicitorByMonthsBeforeExpiry(), "the latest point to instruct"),
                        days("critical-days-before-expiry", s.solicitorCriticalDays(), "from when it is critical")),
                new RuleSource(List.of("A23", "UASC-6"), "Immigration Act 1971 s3C (in-time application); Home Office 3C and 3D leave guidance", false),
                (f, today) -> {
                    YoungPersonFacts.Immigration imm = f.immigration();
                    if (imm == null || imm.leaveExpiresOn() == null || imm.solicitorInstructedOn() != null) {
                        return null;
                    }
                    LocalDate expiry = imm.leaveExpiresOn();
                    if (today.isBefore(expiry.minusMonths(s.solicitorWindowMonths()))) {
                        return null;
                    }
                    // UASC-6: instruct a legal representative 3-6 months before expiry
                    LocalDate due = expiry.minusMonths(s.solicitorByMonthsBeforeExpiry());
                    Severity severity = !today.isBefore(expiry.minusDays(s.solicitorCriticalDays())) ? CRITICAL
                            : today.isAfter(due) ? OVERDUE : DUE;
                    return new Finding("A23", due, severity);
                }));

        add(new Rule("A22", Rule.Group.UASC, "Leave expiring with no further-leave application",
                "Young people with limited leave to remain",
                "No in-time application for further leave and the leave expires within " + s.furtherLeaveWindowMonths()
                        + " months: DUE, CRITICAL from " + s.furtherLeaveCriticalDays() + " days before expiry, and a "
                        + "breach after expiry (an application made late does not get s3C protection).",
                "an application for further leave was made before expiry, or the leave expiry changed",
                List.of(DUE, CRITICAL),
                List.of(months("window-months", s.furtherLeaveWindowMonths(), "how long before expiry the application is needed"),
                        days("critical-days-before-expiry", s.furtherLeaveCriticalDays(), "from when it is critical")),
                new RuleSource(List.of("A22", "UASC-6"), "Immigration Act 1971 s3C; Home Office 3C and 3D leave guidance", false),
                (f, today) -> {
                    YoungPersonFacts.Immigration imm = f.immigration();
                    if (imm == null || imm.leaveExpiresOn() == null) {
                        return null;
                    }
                    LocalDate expiry = imm.leaveExpiresOn();
                    LocalDate applied = imm.furtherLeaveApplicationMadeOn();
                    // UASC-6: only an application made before the leave ends keeps the person's leave (s3C)
                    if ((applied != null && !applied.isAfter(expiry)) || today.isBefore(expiry.minusMonths(s.furtherLeaveWindowMonths()))) {
                        return null;
                    }
                    if (today.isAfter(expiry)) {
                        return new Finding("A22", expiry, CRITICAL, true);
                    }
                    return new Finding("A22", expiry, today.isBefore(expiry.minusDays(s.furtherLeaveCriticalDays())) ? DUE : CRITICAL);
                }));

        add(new Rule("A24", Rule.Group.UASC, "No triple plan",
                "Young people without settled status who have a pathway plan",
                "The pathway plan has no complete triple plan (a decision before 18, no decision, refusal or "
                        + "return) " + s.triplePlanGraceDays() + " days after the plan was created: DUE that day, OVERDUE after.",
                "the triple plan was completed, or the young person's status is settled",
                List.of(DUE, OVERDUE),
                List.of(days("grace-days", s.triplePlanGraceDays(), "time allowed from the plan to the triple plan [L]"),
                        new RuleParameter("settled-statuses", String.join(",", sorted(s.settledImmigrationStatuses())),
                                "immigration statuses that need no triple plan")),
                new RuleSource(List.of("A24", "UASC-7"), "Triple planning guidance (GMIAU); Vol 3 ch 6(b)", true),
                (f, today) -> {
                    YoungPersonFacts.Immigration imm = f.immigration();
                    YoungPersonFacts.PathwayPlan plan = f.pathwayPlan();
                    boolean unsettled = imm != null ? !s.settledImmigrationStatuses().contains(String.valueOf(imm.status()))
                            : f.uasc();
                    if (!unsettled || plan == null || plan.triplePlanComplete()) {
                        return null;
                    }
                    LocalDate created = firstKnown(plan.createdOn(), plan.agreedOn());
                    if (created == null) {
                        return null;
                    }
                    LocalDate due = created.plusDays(s.triplePlanGraceDays());
                    return found("A24", due, ladder(today, due, 0, NEVER));
                }));

        add(new Rule("UASC-1", Rule.Group.UASC, "Needs assessment without the asylum section",
                "Unaccompanied asylum-seeking looked-after, eligible, relevant and former relevant young people",
                "The needs assessment was completed without the section on needs arising from being an "
                        + "unaccompanied asylum seeker or trafficking victim (OVERDUE from its completion).",
                "the asylum section was completed",
                List.of(OVERDUE),
                List.of(),
                new RuleSource(List.of("UASC-1", "NA-2"), "CPPCR 2010 reg 42(2)(ba) and reg 5(1)(f), inserted by SI 2014/1917", false),
                (f, today) -> {
                    YoungPersonFacts.NeedsAssessment na = f.needsAssessment();
                    if (!f.uasc() || na == null || na.completedOn() == null || na.asylumSectionCompleted()
                            || !f.isIn(today, Set.of(LOOKED_AFTER, ELIGIBLE, RELEVANT, FORMER_RELEVANT))) {
                        return null;
                    }
                    return new Finding("UASC-1", na.completedOn(), OVERDUE);
                }));
    }

    private static List<String> sorted(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        Collections.sort(list);
        return list;
    }

    /** The ids of every rule, in catalogue order. */
    public List<String> ids() {
        return List.copyOf(rules.keySet());
    }
}
