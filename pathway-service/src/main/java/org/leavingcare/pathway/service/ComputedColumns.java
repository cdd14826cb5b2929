package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.domain.category.CategorySegment;
import org.leavingcare.pathway.repository.CategoryPeriod;
import org.leavingcare.pathway.repository.PathwayPlans;
import org.leavingcare.pathway.repository.YoungPeople;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the stored copies of what is computed current (the young person's deadlines, the category timeline, a
 * plan's next review and signature), so that the lists filter, sort and page in SQL.
 */
@ApplicationScoped
public class ComputedColumns {

    @Inject
    CaseRecordLoader loader;

    @Inject
    YoungPeople youngPeople;

    @Inject
    PathwayPlans plans;

    /** The young person's deadlines and category timeline, in the caller's transaction. */
    public void storeDeadlines(YoungPerson person, CaseRecord record) {
        person.eligibilityDate = record.projection().eligibilityDate();
        person.needsAssessmentDueOn = record.needs().dueOn();
        person.needsAssessmentCompletedOn = record.completionJudged();
        person.reassessmentDueOn = record.needs().reassessmentDueOn();
        CategoryPeriod.deleteOf(person.id);
        for (CategorySegment segment : record.projection().timeline()) {
            CategoryPeriod period = new CategoryPeriod();
            period.youngPersonId = person.id;
            period.category = segment.category();
            period.fromDate = segment.from();
            period.untilDate = segment.until();
            period.persist();
        }
    }

    /**
     * What the managers' list filters and sorts on (next review, signature) with the day until which it holds: the
     * next review depends on the clock only through the category, so it holds until the category next changes.
     */
    public void storePlanColumns(CaseRecord record) {
        PlanState plan = record.plan();
        if (plan == null) {
            return;
        }
        List<CategorySegment> timeline = record.projection().timeline();
        LocalDate fixedUntil = record.projection().segmentOn(record.today()).map(CategorySegment::until)
                .orElse(timeline.isEmpty() ? null : timeline.get(0).from());
        plans.storeDerived(plan.plan().id, plan.nextReviewDue(), plan.signedByYoungPerson(), fixedUntil);
    }

    /**
     * Recomputes the stored plan columns of a young person whose category has changed with time since the last
     * write, in a transaction of its own; skipped if a writer holds the record (its own write stores them).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshPlanColumns(long youngPersonId) {
        if (!youngPeople.lockUnlessHeld(youngPersonId)) {
            return;
        }
        YoungPerson person = YoungPerson.findById(youngPersonId);
        storePlanColumns(loader.load(person));
    }
}
