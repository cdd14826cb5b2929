package org.leavingcare.pathway.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.leavingcare.pathway.config.SuiteConfig;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentClock;
import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;
import org.leavingcare.pathway.domain.calendar.WorkingDays;
import org.leavingcare.pathway.domain.category.EligibilityCalculator;
import org.leavingcare.pathway.domain.plan.PathwayPlanClock;

import java.time.Clock;
import java.time.LocalDate;

/** The statutory rules, configured with this council's conventions and local policy, and today's date (a singleton, so its fields are read directly). */
@Singleton
public class CaseClock {

    final Clock clock;
    final StatutoryCalendar calendar;
    final EligibilityCalculator eligibility;
    final NeedsAssessmentClock needsAssessments;
    final int dueSoonDays;
    final WorkingDays workingDays;
    final int planDueDays;
    final PathwayPlanClock plans;

    @Inject
    public CaseClock(Clock clock, SuiteConfig config) {
        this.clock = clock;
        this.calendar = new StatutoryCalendar(config.statutory().leapDayBirthday());
        this.eligibility = new EligibilityCalculator(calendar);
        this.dueSoonDays = config.needsAssessment().dueSoonDays();
        this.needsAssessments = new NeedsAssessmentClock(dueSoonDays, config.needsAssessment().reassessmentDays());
        this.workingDays = new WorkingDays(config.statutory().bankHolidays());
        SuiteConfig.PathwayPlanSettings plan = config.pathwayPlan();
        this.planDueDays = plan.dueDaysAfterAssessment();
        this.plans = new PathwayPlanClock(workingDays, plan.dueDaysAfterAssessment(), plan.requestedReviewWorkingDays(),
                plan.reviewDueSoonDays(), plan.challengeEscalationWorkingDays());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StatutoryCalendar calendar() {
        return calendar;
    }

    public NeedsAssessmentClock needsAssessments() {
        return needsAssessments;
    }

    public int planDueDays() {
        return planDueDays;
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }
}
