package org.leavingcare.notification.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.notification.client.LeaverSnapshot;
import org.leavingcare.notification.client.PathwaySnapshot;
import org.leavingcare.notification.domain.rules.Category;
import org.leavingcare.notification.domain.rules.CategorySegment;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * This service's projection of the young people it watches ({@code young_person}, {@code leaver}),
 * written from the change feeds and read in batches by the rule evaluation. Plain JDBC on the
 * caller's (transaction's) connection: a sweep reads 100,000 rows, which an ORM would only slow down.
 */
@ApplicationScoped
public class ProjectionStore {

    private static final String UPSERT_YOUNG_PERSON = """
            INSERT INTO young_person (case_ref, source_sequence, date_of_birth, team, social_worker, reviewing_officer, disabled, likely_adult_care_needs,
                ehcp, uasc, looked_after, care_ended_on, eligibility_date, category_timeline,
                na_due_on, na_started_on, na_completed_on, na_asylum_section_completed, na_reassessment_due_on,
                imm_status, imm_first_identified_on, imm_risk_assessment_completed_on, imm_leave_expires_on,
                imm_solicitor_instructed_on, imm_further_leave_applied_on,
                at_referred_on, at_care_act_assessment_on, at_adult_decision, at_adult_decision_on,
                plan_id, plan_created_on, plan_agreed_on, plan_last_review_on, plan_next_review_due,
                plan_triple_plan_complete, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (case_ref) DO UPDATE SET
                source_sequence = EXCLUDED.source_sequence, date_of_birth = EXCLUDED.date_of_birth,
                team = EXCLUDED.team, social_worker = EXCLUDED.social_worker,
                reviewing_officer = EXCLUDED.reviewing_officer, disabled = EXCLUDED.disabled,
                likely_adult_care_needs = EXCLUDED.likely_adult_care_needs, ehcp = EXCLUDED.ehcp,
                uasc = EXCLUDED.uasc, looked_after = EXCLUDED.looked_after, care_ended_on = EXCLUDED.care_ended_on,
                eligibility_date = EXCLUDED.eligibility_date, category_timeline = EXCLUDED.category_timeline,
                na_due_on = EXCLUDED.na_due_on, na_started_on = EXCLUDED.na_started_on,
                na_completed_on = EXCLUDED.na_completed_on,
                na_asylum_section_completed = EXCLUDED.na_asylum_section_completed,
                na_reassessment_due_on = EXCLUDED.na_reassessment_due_on, imm_status = EXCLUDED.imm_status,
                imm_first_identified_on = EXCLUDED.imm_first_identified_on,
                imm_risk_assessment_completed_on = EXCLUDED.imm_risk_assessment_completed_on,
                imm_leave_expires_on = EXCLUDED.imm_leave_expires_on,
                imm_solicitor_instructed_on = EXCLUDED.imm_solicitor_instructed_on,
                imm_further_leave_applied_on = EXCLUDED.imm_further_leave_applied_on,
                at_referred_on = EXCLUDED.at_referred_on, at_care_act_assessment_on = EXCLUDED.at_care_act_assessment_on,
                at_adult_decision = EXCLUDED.at_adult_decision, at_adult_decision_on = EXCLUDED.at_adult_decision_on,
                plan_id = EXCLUDED.plan_id, plan_created_on = EXCLUDED.plan_created_on,
                plan_agreed_on = EXCLUDED.plan_agreed_on, plan_last_review_on = EXCLUDED.plan_last_review_on,
                plan_next_review_due = EXCLUDED.plan_next_review_due,
                plan_triple_plan_complete = EXCLUDED.plan_triple_plan_complete, updated_at = now()
            WHERE young_person.source_sequence < EXCLUDED.source_sequence""";

    private static final String UPSERT_LEAVER = """
            INSERT INTO leaver (case_ref, source_sequence, team, allocation_due_on, adviser_id, allocated_on,
                last_successful_contact_on, last_face_to_face_on, contact_due_by, lost_touch_after,
                entitlements_explained_on, entitlements_due_by, post21_decision_on, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (case_ref) DO UPDATE SET
                source_sequence = EXCLUDED.source_sequence, team = EXCLUDED.team,
                allocation_due_on = EXCLUDED.allocation_due_on, adviser_id = EXCLUDED.adviser_id,
                allocated_on = EXCLUDED.allocated_on, last_successful_contact_on = EXCLUDED.last_successful_contact_on,
                last_face_to_face_on = EXCLUDED.last_face_to_face_on, contact_due_by = EXCLUDED.contact_due_by,
                lost_touch_after = EXCLUDED.lost_touch_after, entitlements_explained_on = EXCLUDED.entitlements_explained_on,
                entitlements_due_by = EXCLUDED.entitlements_due_by, post21_decision_on = EXCLUDED.post21_decision_on,
                updated_at = now()
            WHERE leaver.source_sequence < EXCLUDED.source_sequence""";

    private static final String FACTS = """
            SELECT y.case_ref, y.date_of_birth, COALESCE(y.team, l.team) AS team, y.disabled, y.likely_adult_care_needs,
                y.ehcp, y.uasc, y.eligibility_date, y.category_timeline::text AS timeline,
                y.na_due_on, y.na_started_on, y.na_completed_on, y.na_asylum_section_completed, y.na_reassessment_due_on,
                y.imm_status, y.imm_first_identified_on, y.imm_risk_assessment_completed_on, y.imm_leave_expires_on,
                y.imm_solicitor_instructed_on, y.imm_further_leave_applied_on,
                y.at_referred_on, y.at_care_act_assessment_on, y.at_adult_decision, y.at_adult_decision_on,
                y.plan_id, y.plan_created_on, y.plan_agreed_on, y.plan_last_review_on, y.plan_next_review_due,
                y.plan_triple_plan_complete,
                l.case_ref AS l_case_ref, l.allocation_due_on, l.adviser_id, l.allocated_on,
                l.last_successful_contact_on, l.last_face_to_face_on, l.contact_due_by, l.lost_touch_after,
                l.entitlements_explained_on, l.entitlements_due_by, l.post21_decision_on
            FROM %s y LEFT JOIN leaver l ON l.case_ref = y.case_ref
            """;

    @Inject
    ObjectMapper json;

    /** Applies pathway snapshots (with the sequences of their events); rows with a newer sequence are kept. */
    public void upsertYoungPeople(Connection c, List<Sequenced<PathwaySnapshot>> snapshots) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_YOUNG_PERSON)) {
            for (Sequenced<PathwaySnapshot> sequenced : snapshots) {
                PathwaySnapshot s = sequenced.value();
                int i = 1;
                ps.setString(i++, sequenced.caseRef());
                ps.setLong(i++, sequenced.sequence());
                setDate(ps, i++, s.dateOfBirth());
                ps.setString(i++, s.team());
                ps.setString(i++, s.socialWorker());
                ps.setString(i++, s.reviewingOfficer());
                ps.setBoolean(i++, Boolean.TRUE.equals(s.disabled()));
                ps.setBoolean(i++, Boolean.TRUE.equals(s.likelyAdultCareNeeds()));
                ps.setBoolean(i++, Boolean.TRUE.equals(s.ehcp()));
                ps.setBoolean(i++, Boolean.TRUE.equals(s.uasc()));
                ps.setBoolean(i++, Boolean.TRUE.equals(s.lookedAfter()));
                setDate(ps, i++, s.careEndedOn());
                setDate(ps, i++, s.eligibilityDate());
                ps.setString(i++, timelineJson(s.categoryTimeline()));
                PathwaySnapshot.NeedsAssessment na = s.needsAssessment();
                setDate(ps, i++, na == null ? null : na.dueOn());
                setDate(ps, i++, na == null ? null : na.startedOn());
                setDate(ps, i++, na == null ? null : na.completedOn());
                ps.setBoolean(i++, na != null && Boolean.TRUE.equals(na.asylumSectionCompleted()));
                setDate(ps, i++, na == null ? null : na.reassessmentDueOn());
                PathwaySnapshot.Immigration imm = s.immigration();
                ps.setString(i++, imm == null ? null : imm.status());
                setDate(ps, i++, imm == null ? null : imm.firstIdentifiedOn());
                setDate(ps, i++, imm == null ? null : imm.riskAssessmentCompletedOn());
                setDate(ps, i++, imm == null ? null : imm.leaveExpiresOn());
                setDate(ps, i++, imm == null ? null : imm.solicitorInstructedOn());
                setDate(ps, i++, imm == null ? null : imm.furtherLeaveApplicationMadeOn());
                PathwaySnapshot.AdultTransition at = s.adultTransition();
                setDate(ps, i++, at == null ? null : at.referredToAdultSocialCareOn());
                setDate(ps, i++, at == null ? null : at.careActAssessmentCompletedOn());
                ps.setString(i++, at == null ? null : at.adultServicesDecision());
                setDate(ps, i++, at == null ? null : at.adultServicesDecisionOn());
                PathwaySnapshot.PathwayPlan plan = s.pathwayPlan();
                if (plan == null || plan.planId() == null) {
                    ps.setNull(i++, Types.BIGINT);
                } else {
                    ps.setLong(i++, plan.planId());
                }
                setDate(ps, i++, plan == null ? null : plan.createdOn());
                setDate(ps, i++, plan == null ? null : plan.agreedOn());
                setDate(ps, i++, plan == null ? null : plan.lastReviewOn());
                setDate(ps, i++, plan == null ? null : plan.nextReviewDue());
                ps.setBoolean(i, plan != null && Boolean.TRUE.equals(plan.triplePlanComplete()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Applies leaver snapshots; rows with a newer sequence are kept. */
    public void upsertLeavers(Connection c, List<Sequenced<LeaverSnapshot>> snapshots) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_LEAVER)) {
            for (Sequenced<LeaverSnapshot> sequenced : snapshots) {
                LeaverSnapshot s = sequenced.value();
                int i = 1;
                ps.setString(i++, sequenced.caseRef());
                ps.setLong(i++, sequenced.sequence());
                ps.setString(i++, s.team());
                setDate(ps, i++, s.allocationDueOn());
                ps.setString(i++, s.adviserId());
                setDate(ps, i++, s.allocatedOn());
                setDate(ps, i++, s.lastSuccessfulContactOn());
                setDate(ps, i++, s.lastFaceToFaceContactOn());
                setDate(ps, i++, s.contactDueBy());
                setDate(ps, i++, s.lostTouchAfter());
                setDate(ps, i++, s.entitlementsExplainedOn());
                setDate(ps, i++, s.entitlementsDueBy());
                setDate(ps, i, s.post21DecisionOn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The facts of these young people (those with a pathway snapshot). */
    public List<YoungPersonFacts> facts(Connection c, Collection<String> caseRefs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FACTS.formatted("young_person") + " WHERE y.case_ref = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", caseRefs.toArray()));
            return read(ps);
        }
    }

    /** The next {@code limit} young people after {@code afterCaseRef} in case-reference order (a sweep's batch). */
    public List<YoungPersonFacts> factsAfter(Connection c, String afterCaseRef, int limit) throws SQLException {
        // the batch is cut first and bounds the join too: a merge join must not scan leaver from its start
        String batch = "(SELECT * FROM young_person WHERE case_ref > ? ORDER BY case_ref LIMIT ?)";
        try (PreparedStatement ps = c.prepareStatement(FACTS.formatted(batch)
                + " AND l.case_ref > ? ORDER BY y.case_ref")) {
            ps.setString(1, afterCaseRef);
            ps.setInt(2, limit);
            ps.setString(3, afterCaseRef);
            return read(ps);
        }
    }

    private List<YoungPersonFacts> read(PreparedStatement ps) throws SQLException {
        ps.setFetchSize(1000);
        List<YoungPersonFacts> facts = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                facts.add(facts(rs));
            }
        }
        return facts;
    }

    private YoungPersonFacts facts(ResultSet rs) throws SQLException {
        LocalDate naDue = date(rs, "na_due_on");
        LocalDate naCompleted = date(rs, "na_completed_on");
        LocalDate naStarted = date(rs, "na_started_on");
        YoungPersonFacts.NeedsAssessment na = naDue == null && naCompleted == null && naStarted == null ? null
                : new YoungPersonFacts.NeedsAssessment(naDue, naStarted, naCompleted,
                rs.getBoolean("na_asylum_section_completed"), date(rs, "na_reassessment_due_on"));
        String immStatus = rs.getString("imm_status");
        LocalDate firstIdentified = date(rs, "imm_first_identified_on");
        LocalDate expires = date(rs, "imm_leave_expires_on");
        YoungPersonFacts.Immigration imm = immStatus == null && firstIdentified == null && expires == null ? null
                : new YoungPersonFacts.Immigration(immStatus, firstIdentified, date(rs, "imm_risk_assessment_completed_on"),
                expires, date(rs, "imm_solicitor_instructed_on"), date(rs, "imm_further_leave_applied_on"));
        LocalDate referred = date(rs, "at_referred_on");
        LocalDate careAct = date(rs, "at_care_act_assessment_on");
        String decision = rs.getString("at_adult_decision");
        YoungPersonFacts.AdultTransition at = referred == null && careAct == null && decision == null ? null
                : new YoungPersonFacts.AdultTransition(referred, careAct, decision, date(rs, "at_adult_decision_on"));
        LocalDate planCreated = date(rs, "plan_created_on");
        long planId = rs.getLong("plan_id");
        boolean hasPlan = !rs.wasNull() || planCreated != null;
        YoungPersonFacts.PathwayPlan plan = !hasPlan ? null
                : new YoungPersonFacts.PathwayPlan(planId, planCreated, date(rs, "plan_agreed_on"),
                date(rs, "plan_last_review_on"), date(rs, "plan_next_review_due"), rs.getBoolean("plan_triple_plan_complete"));
        YoungPersonFacts.Leaver leaver = rs.getString("l_case_ref") == null ? null
                : new YoungPersonFacts.Leaver(date(rs, "allocation_due_on"), rs.getString("adviser_id"),
                date(rs, "allocated_on"), date(rs, "last_successful_contact_on"), date(rs, "last_face_to_face_on"),
                date(rs, "contact_due_by"), date(rs, "lost_touch_after"), date(rs, "entitlements_explained_on"),
                date(rs, "entitlements_due_by"), date(rs, "post21_decision_on"));
        return new YoungPersonFacts(rs.getString("case_ref"), rs.getString("team"), date(rs, "date_of_birth"),
                rs.getBoolean("disabled"), rs.getBoolean("likely_adult_care_needs"), rs.getBoolean("ehcp"),
                rs.getBoolean("uasc"), date(rs, "eligibility_date"), timeline(rs.getString("timeline")),
                na, imm, at, plan, leaver);
    }

    private List<CategorySegment> timeline(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            JsonNode array = json.readTree(text);
            List<CategorySegment> segments = new ArrayList<>(array.size());
            for (JsonNode node : array) {
                Category category = Category.parse(node.path("category").asText(null));
                String from = node.path("from").asText(null);
                if (category == null || from == null) {
                    // a category this version does not know: no rule applies during it
                    continue;
                }
                String until = node.path("until").asText(null);
                segments.add(new CategorySegment(category, LocalDate.parse(from), until == null ? null : LocalDate.parse(until)));
            }
            return segments;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the projected category timeline is not JSON", e);
        }
    }

    private String timelineJson(List<PathwaySnapshot.Segment> timeline) {
        try {
            return json.writeValueAsString(timeline == null ? List.of() : timeline);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a category timeline", e);
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    /** A snapshot with the sequence of the event that carried it. */
    public record Sequenced<T>(String caseRef, long sequence, T value) {
    }
}
