package org.leavingcare.notification.domain.measures;

import java.util.List;
import java.util.Optional;

/**
 * The statutory and local clocks the suite measures (docs/measures.md §2). Each names the rules.md ids
 * it encodes, the alert rules that watch it, and the law or local policy behind it.
 *
 * <p>{@code recurring}: a young person can owe the duty more than once (a review every six months, a
 * contact every eight weeks), so an instance is identified by the day its clock started; a non-recurring
 * duty is owed once and a changed due date is the same duty moved. {@code completedBySuccessor}: the
 * next instance starts on the day the previous one was met (the review held, the contact made), which is
 * how the deadline ledger learns the met date of a cycle the projection no longer shows.
 */
public enum Measure {

    NEEDS_ASSESSMENT("needs-assessment", "Needs assessment completed by its due date",
            List.of("NA-1"), List.of("A1", "DIS-NA"),
            "Children Act 1989 Sch 2 para 19B(4); CPPCR 2010 regs 41-42(1): within 3 months of the 16th birthday "
                    + "or of becoming eligible", false, false, false),
    PLAN_AFTER_ASSESSMENT("plan-after-assessment", "Pathway plan in place after the needs assessment",
            List.of("PP-1"), List.of("A3"),
            "Children Act 1989 Sch 2 para 19B(4), s23E(1): \"as soon as possible after the assessment\"; "
                    + "the days allowed are local policy", true, false, false),
    PLAN_REVIEW("plan-review", "Pathway plan reviewed on time",
            List.of("PP-5", "PP-6", "LAC-2"), List.of("A5", "A6"),
            "CPPCR 2010 reg 33 (eligible: the looked-after review cycle); Care Leavers (England) Regulations 2010 "
                    + "reg 7 (relevant and former relevant: at least every 6 months; exact wording unconfirmed)",
            false, true, true),
    PLAN_SIGNED("plan-signed", "Pathway plan signed by the young person",
            List.of("PP-9"), List.of(),
            "Local practice (signed copies); the young person's participation is required, the signature is not "
                    + "(England reg 4 wording unconfirmed)", true, true, false),
    IRO_AGREEMENT("iro-agreement", "Pathway plan agreed by the independent reviewing officer",
            List.of("PP-5", "LAC-2"), List.of(),
            "Children Act 1989 s25B (the IRO's functions; text not verified); CPPCR 2010 reg 33; the days "
                    + "allowed are local policy",
            true, true, false),
    IRO_CHALLENGE("iro-challenge", "IRO challenge resolved within the escalation time",
            List.of("PP-5", "PP-10"), List.of(),
            "IRO dispute resolution (IRO Handbook); the working days before escalation are local policy",
            true, true, false),
    ADVISER_ALLOCATED("adviser-allocated", "Personal adviser allocated by the allocation date",
            List.of("PA-1", "PA-9"), List.of("A9"),
            "Children Act 1989 Sch 2 para 19C; the allocation age (e.g. 17 years 6 months) is local policy",
            true, false, false),
    CONTACT("contact", "Face-to-face contact at least every 8 weeks",
            List.of("PA-8"), List.of("A12"),
            "Local contact standard (e.g. face to face every 8 weeks)", true, true, true),
    IN_TOUCH("in-touch", "Kept in touch (no lost touch)",
            List.of("PA-7"), List.of("A13"),
            "Children Act 1989 s23B(11), s23C(2): keep in touch and re-establish contact; the weeks before a "
                    + "young person counts as lost touch are local policy", false, true, true),
    ENTITLEMENTS_EXPLAINED("entitlements-explained", "Rights and entitlements explained by the configured age",
            List.of("FIN-5", "FIN-6"), List.of("ENT-1"),
            "Children and Social Work Act 2017 s2 (local offer); the age is local policy", true, false, false),
    UASC_RISK_ASSESSMENT("uasc-risk-assessment", "Risk assessment when an unaccompanied child is first identified",
            List.of("UASC-2"), List.of("UASC-2"),
            "DfE, Care of unaccompanied migrant children and child victims of modern slavery (2017); no statutory "
                    + "timescale: the days allowed are local policy", true, false, false),
    UASC_FURTHER_LEAVE("uasc-further-leave", "Further leave applied for before the leave expires",
            List.of("UASC-6"), List.of("A22"),
            "Immigration Act 1971 s3C: only an application made before the leave expires extends it; Home Office "
                    + "3C and 3D leave guidance", false, true, false),
    ADULT_CARE_REFERRAL("adult-care-referral", "Disabled young person referred to adult social care by the configured age",
            List.of("DIS-1", "DIS-3"), List.of("A19"),
            "Care Act 2014 s58-s59 (child's needs assessment at the point of significant benefit); the age is "
                    + "local policy", true, false, false),
    CARE_ACT_DECISION("care-act-decision", "Care Act assessment or adult services decision before 18",
            List.of("DIS-3", "DIS-4"), List.of("A20", "S66"),
            "Care Act 2014 s58-s59; s66 (children's services continue until the adult steps are complete)",
            false, false, false);

    private final String id;
    private final String title;
    private final List<String> ruleIds;
    private final List<String> alertRuleIds;
    private final String source;
    private final boolean localPolicy;
    private final boolean recurring;
    private final boolean completedBySuccessor;

    Measure(String id, String title, List<String> ruleIds, List<String> alertRuleIds, String source,
            boolean localPolicy, boolean recurring, boolean completedBySuccessor) {
        this.id = id;
        this.title = title;
        this.ruleIds = ruleIds;
        this.alertRuleIds = alertRuleIds;
        this.source = source;
        this.localPolicy = localPolicy;
        this.recurring = recurring;
        this.completedBySuccessor = completedBySuccessor;
    }

    /** The measure's id in the API ({@code needs-assessment}). */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The ids in shared/domain/rules.md. */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /** The notification-service alert rules that watch the same clock (empty when none does yet). */
    public List<String> alertRuleIds() {
        return alertRuleIds;
    }

    /** The statute, regulation, guidance or local policy behind the clock. */
    public String source() {
        return source;
    }

    /** The deadline (or the duty itself) is set by the authority, not by law. */
    public boolean localPolicy() {
        return localPolicy;
    }

    public boolean recurring() {
        return recurring;
    }

    public boolean completedBySuccessor() {
        return completedBySuccessor;
    }

    public static Optional<Measure> byId(String id) {
        for (Measure m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
