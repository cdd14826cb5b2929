package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.AllocationStatus;
import org.leavingcare.leaver.domain.CaseloadWeighting;
import org.leavingcare.leaver.domain.Category;
import org.leavingcare.leaver.domain.CategorySegment;
import org.leavingcare.leaver.domain.LeaverPolicy;
import org.leavingcare.leaver.domain.YoungPersonFacts;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonFactsReader;
import org.leavingcare.leaver.repository.YoungPersonRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The due list: young people without a personal adviser whose allocation is due (PA-1, PA-2, PA-3, PA-9). */
@ApplicationScoped
@Transactional
public class DueListService {

    @Inject
    Clock clock;

    @Inject
    LeaverPolicy policy;

    @Inject
    YoungPersonRepository youngPeople;

    @Inject
    YoungPeopleInScope inScope;

    @Inject
    YoungPersonFactsReader factsReader;

    @Inject
    AllocationClock allocationClock;

    @Inject
    CaseloadWeighting weighting;

    /** A young person due or overdue a personal adviser. */
    public record DueYoungPerson(String caseRef, String team, Category category, LocalDate allocationDueOn,
                                 AllocationStatus allocationStatus, int weight) {
    }

    /** A page of the due list and how many young people in the caller's scope match the filter. */
    public record Page(List<DueYoungPerson> items, long total) {
    }

    /**
     * Young people in the caller's scope without an adviser whose allocation is due on or before
     * {@code before} (default: today plus the DUE_SOON window), most urgent first; the scope is part of the
     * query, so {@code total} and every filter count in-scope young people only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page due(LocalDate before, String team, int limit, int offset) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = before != null ? before : today.plus(policy.dueSoon());
        YoungPersonRepository.DueRows rows = youngPeople.dueForAllocation(inScope.scope(), until, today, team, limit, offset);
        List<DueYoungPerson> due = new ArrayList<>();
        for (YoungPerson p : rows.youngPeople()) {
            YoungPersonFacts facts = factsReader.facts(p);
            if (p.adviserDutyEndsOn == null && allocationClock.dutyOver(facts, today)) {
                // only a row projected before adviser_duty_ends_on existed (V4) gets here; its next event fills it
                continue;
            }
            due.add(new DueYoungPerson(p.caseRef, p.team, CategorySegment.categoryOn(facts.timeline(), today),
                    p.allocationDueOn, allocationClock.status(p.allocationDueOn, false, today),
                    weighting.weight(facts)));
        }
        return new Page(due, rows.total());
    }
}
