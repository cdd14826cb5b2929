package org.leavingcare.notification.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep over 10,000, 50,000 and 100,000 synthetic young people (sizes from {@code -Dbench.sizes}).
 * Not part of the normal test run (surefire excludes *Benchmark); run it with scripts/bench-sweep.sh.
 * For each size it seeds the projection in SQL, then times three sweeps: the first (raising every
 * alert and writing its notification), a second on the same day (nothing changes: the steady state
 * of a daily sweep) and one a week later (time passing escalates and raises some). Peak memory is the
 * JVM's peak heap use during the sweep (all heap pools, reset before each sweep; the whole service's heap,
 * not only the sweep's). "java cpu ms" is the sweeping thread's own CPU time (PostgreSQL's is not in it):
 * on a shared machine it says how much of the elapsed time was work. A warm-up sweep over 5,000 young
 * people runs first and is not reported.
 */
@QuarkusTest
class SweepBenchmark {

    static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    @Inject
    DataSource dataSource;

    @Inject
    AlertSweep sweep;

    @Test
    void sweepTimeAndPeakMemoryGrowLinearly() throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,50000,100000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-9s %-22s %9s %11s %8s %9s %9s %9s %12s",
                "people", "sweep", "ms", "java cpu ms", "raised", "escalated", "resolved", "open", "peak heap MB"));
        // warm the JIT up first, so that the smallest size is not measured on interpreted code
        reset();
        seed(5000);
        sweep.sweep(TODAY);
        sweep.sweep(TODAY.plusDays(7));
        for (int size : sizes) {
            reset();
            seed(size);
            lines.add(run(size, "first (raises all)", TODAY));
            lines.add(run(size, "same day (steady)", TODAY));
            lines.add(run(size, "a week later", TODAY.plusDays(7)));
        }
        lines.add("open alerts by rule: " + byRule());
        lines.add("load average (1, 5, 15 min) at the end: " + loadAverage());
        lines.add("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " processors, sweep batch "
                + System.getProperty("suite.alerts.sweep-batch-size", "2000"));
        String report = String.join(System.lineSeparator(), lines);
        System.out.println(System.lineSeparator() + "SWEEP BENCHMARK" + System.lineSeparator() + report);
        Path out = Path.of("target", "bench-sweep.txt");
        Files.writeString(out, report + System.lineSeparator());
        assertTrue(Files.size(out) > 0);
    }

    String run(int size, String label, LocalDate day) throws SQLException, IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        AlertSweep.Result result = sweep.sweep(day);
        long cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertTrue(result.ran());
        AlertEvaluator.Outcome o = result.outcome();
        assertTrue(o.evaluated() == size, "every young person evaluated");
        return String.format("%-9d %-22s %9d %11d %8d %9d %9d %9d %12d", size, label, result.millis(), cpu, o.raised(),
                o.escalated(), o.resolved(), count("SELECT count(*) FROM alert WHERE status <> 'RESOLVED'"),
                peak / (1024 * 1024));
    }

    void reset() throws SQLException {
        // webhook deliveries reference the notifications (no subscriptions here, so none exist)
        execute("TRUNCATE alert, webhook_attempt, webhook_delivery, notification_event, young_person, leaver");
    }

    /**
     * Synthetic young people aged 15 to 22 on 2026-03-01, most of them well served: 90% assessed in
     * time, plans reviewed, advisers allocated, in touch; one in ten disabled, one in twelve
     * unaccompanied with leave expiring somewhere in the next year. What is left raises alerts.
     */
    void seed(int size) throws SQLException {
        execute("""
                INSERT INTO young_person (case_ref, source_sequence, date_of_birth, team, disabled, likely_adult_care_needs,
                    ehcp, uasc, looked_after, eligibility_date, category_timeline,
                    na_due_on, na_completed_on, na_asylum_section_completed,
                    imm_status, imm_first_identified_on, imm_risk_assessment_completed_on, imm_leave_expires_on,
                    imm_solicitor_instructed_on, imm_further_leave_applied_on,
                    at_referred_on, at_care_act_assessment_on, at_adult_decision,
                    plan_id, plan_created_on, plan_agreed_on, plan_last_review_on, plan_next_review_due,
                    plan_triple_plan_complete)
                SELECT 'BENCH-' || lpad(i::text, 7, '0'), i, dob, 'team-' || (i % 12), i % 10 = 0, i % 10 = 0, i % 15 = 0,
                    i % 12 = 0, d18 > DATE '2026-03-01', d16,
                    CASE WHEN i % 5 = 0 THEN jsonb_build_array(
                            jsonb_build_object('category', 'LOOKED_AFTER', 'from', d16 - 900, 'until', d16),
                            jsonb_build_object('category', 'ELIGIBLE', 'from', d16, 'until', d16 + 200),
                            jsonb_build_object('category', 'RELEVANT', 'from', d16 + 200, 'until', d18),
                            jsonb_build_object('category', 'FORMER_RELEVANT', 'from', d18, 'until', NULL))
                    ELSE jsonb_build_array(
                            jsonb_build_object('category', 'LOOKED_AFTER', 'from', d16 - 900, 'until', d16),
                            jsonb_build_object('category', 'ELIGIBLE', 'from', d16, 'until', d18),
                            jsonb_build_object('category', 'FORMER_RELEVANT', 'from', d18, 'until', NULL)) END,
                    (d16 + INTERVAL '3 months')::date,
                    CASE WHEN i % 10 <> 3 AND d16 + 60 <= DATE '2026-03-01' THEN d16 + 60 END,
                    i % 7 <> 0,
                    CASE WHEN i % 12 = 0 THEN 'UASC_LEAVE' END,
                    CASE WHEN i % 12 = 0 THEN d16 - 400 END,
                    CASE WHEN i % 12 = 0 AND i % 100 <> 0 THEN d16 - 400 END,
                    CASE WHEN i % 12 = 0 THEN DATE '2026-03-01' + (i % 400) - 60 END,
                    CASE WHEN i % 12 = 0 AND i % 10 < 7 THEN DATE '2025-12-01' END,
                    CASE WHEN i % 12 = 0 AND i % 10 < 6 THEN DATE '2026-01-15' END,
                    CASE WHEN i % 10 = 0 AND i % 30 <> 0 THEN d16 - 30 END,
                    CASE WHEN i % 10 = 0 AND i % 20 = 0 THEN d18 - 200 END,
                    CASE WHEN i % 10 = 0 AND i % 30 <> 0 THEN 'ELIGIBLE' END,
                    CASE WHEN d16 + 74 <= DATE '2026-03-01' AND i % 10 <> 3 THEN i END,
                    CASE WHEN d16 + 74 <= DATE '2026-03-01' AND i % 10 <> 3 THEN d16 + 74 END,
                    CASE WHEN d16 + 74 <= DATE '2026-03-01' AND i % 10 <> 3 THEN d16 + 80 END,
                    CASE WHEN d16 + 74 <= DATE '2026-03-01' AND i % 10 <> 3 THEN DATE '2026-03-01' - (i % 185) END,
                    CASE WHEN d16 + 74 <= DATE '2026-03-01' AND i % 10 <> 3
                         THEN (DATE '2026-03-01' - (i % 185) + INTERVAL '6 months')::date END,
                    i % 5 <> 0
                FROM (SELECT i, dob, (dob + INTERVAL '16 years')::date AS d16, (dob + INTERVAL '18 years')::date AS d18
                      FROM (SELECT i, DATE '2026-03-01' - (15 * 365 + (i * 7919) % (7 * 365)) AS dob
                            FROM generate_series(1, SIZE) AS i) born) people""".replace("SIZE", String.valueOf(size)));
        execute("""
                INSERT INTO leaver (case_ref, source_sequence, team, allocation_due_on, adviser_id, allocated_on,
                    last_successful_contact_on, last_face_to_face_on, contact_due_by, lost_touch_after,
                    entitlements_explained_on, entitlements_due_by, post21_decision_on)
                SELECT case_ref, source_sequence, team, (date_of_birth + INTERVAL '17 years 6 months')::date,
                    CASE WHEN source_sequence % 20 <> 0 AND date_of_birth + INTERVAL '17 years' <= DATE '2026-03-01'
                         THEN 'pa-' || (source_sequence % 400) END,
                    (date_of_birth + INTERVAL '17 years')::date,
                    DATE '2026-03-01' - last_contact, DATE '2026-03-01' - last_contact,
                    DATE '2026-03-01' - last_contact + 56, DATE '2026-03-01' - last_contact + 84,
                    CASE WHEN source_sequence % 10 <> 1 AND date_of_birth + INTERVAL '17 years' <= DATE '2026-03-01'
                         THEN (date_of_birth + INTERVAL '16 years 9 months')::date END,
                    (date_of_birth + INTERVAL '17 years')::date,
                    CASE WHEN source_sequence % 10 <> 5 THEN (date_of_birth + INTERVAL '20 years 8 months')::date END
                FROM (SELECT *, (source_sequence % 50 + CASE WHEN source_sequence % 25 = 0 THEN 40 ELSE 0 END)::int
                             AS last_contact
                      FROM young_person) people""");
        execute("ANALYZE young_person; ANALYZE leaver; ANALYZE alert");
    }

    /** The machine is shared: the load average says how much of it the benchmark had. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    String byRule() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT rule_id, count(*) FROM alert WHERE status <> 'RESOLVED' "
                     + "GROUP BY rule_id ORDER BY count(*) DESC")) {
            while (rs.next()) {
                text.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
            }
        }
        return text.toString().trim();
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
