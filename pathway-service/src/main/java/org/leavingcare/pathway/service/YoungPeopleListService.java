package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.access.AccessControl;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentState;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.repository.CategoryPeriod;
import org.leavingcare.pathway.repository.IdPage;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.leavingcare.pathway.repository.YoungPeople;
import org.leavingcare.pathway.repository.YoungPerson;
import org.leavingcare.pathway.repository.YoungPersonFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The young-people list: filtered, sorted and paged in SQL on the stored deadlines, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class YoungPeopleListService {

    @Inject
    CaseClock caseClock;

    @Inject
    YoungPeople youngPeople;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    /**
     * A page of young people matching {@code filter} as of today, sorted by the due date of their needs assessment
     * (a pending reassessment's, else the first one's), earliest first, those with none last; each line's statuses
     * are computed as of today from the stored deadlines.
     */
    public Listing<YoungPersonLine> list(YoungPersonFilter filter, int page, int size) {
        LocalDate today = caseClock.today();
        IdPage found = youngPeople.search(filter, access.sql("y"), today, caseClock.dueSoonDays(), caseClock.planDueDays(),
                page, size);
        List<Long> ids = found.ids();
        Map<Long, YoungPerson> people = ids.isEmpty() ? Map.of() : YoungPerson.byId(ids);
        Set<Long> withPlans = ids.isEmpty() ? Set.of() : PathwayPlan.youngPeopleWithPlans(ids);
        Map<Long, CareLeaverCategory> categories = ids.isEmpty() ? Map.of() : CategoryPeriod.on(today, ids);
        List<YoungPersonLine> lines = new ArrayList<>();
        for (Long id : ids) {
            YoungPerson p = people.get(id);
            NeedsAssessmentState state = caseClock.needsAssessments().stateOn(today,
                    caseClock.calendar().birthday(p.dateOfBirth, 16), p.eligibilityDate, p.needsAssessmentCompletedOn,
                    p.reassessmentDueOn);
            lines.add(new YoungPersonLine(p, categories.getOrDefault(id, CareLeaverCategory.NOT_A_CARE_LEAVER),
                    state.status(), caseClock.plans.planStatus(today, p.needsAssessmentCompletedOn, withPlans.contains(id))));
        }
        audit.touched(lines.stream().map(line -> line.person().caseRef).toList());
        return new Listing<>(lines, page, size, found.total());
    }
}
