package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.access.AccessControl;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.domain.plan.ReviewStatus;
import org.leavingcare.pathway.repository.IdPage;
import org.leavingcare.pathway.repository.PathwayPlans;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.LocalDate;
import java.util.List;

/** The managers' list of pathway plans, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PathwayPlanListService {

    @Inject
    CaseClock caseClock;

    @Inject
    PathwayPlans plans;

    @Inject
    ComputedColumns columns;

    @Inject
    CaseRecordLoader records;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    /**
     * The plans filtered, sorted and paged in SQL on the stored next review and signature (rows whose category has
     * changed with time since they were stored are recomputed first). Sorted by the next review, soonest first, then
     * case reference; the page's records are computed as of today.
     */
    public Listing<CaseRecord> managersList(String team, ReviewStatus reviewStatus, Boolean signed, int page, int size) {
        LocalDate today = caseClock.today();
        plans.staleYoungPersonIds(today).forEach(columns::refreshPlanColumns);
        IdPage found = plans.managersPage(team, reviewStatus, signed, access.sql("y"), today,
                caseClock.plans.reviewDueSoonDays(), page, size);
        List<CaseRecord> items = found.ids().stream().map(id -> records.load(YoungPerson.findById(id))).toList();
        audit.touched(items.stream().map(record -> record.person().caseRef).toList());
        return new Listing<>(items, page, size, found.total());
    }
}
