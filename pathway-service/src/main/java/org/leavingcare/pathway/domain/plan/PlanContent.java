package org.leavingcare.pathway.domain.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a pathway plan says, as stored with each version: a section per statutory heading (PP-2, PP-3), each with
 * actions (PP-4), and the triple plan of UASC-7.
 */
public record PlanContent(List<Section> sections, TriplePlanning triplePlan) {

    /** One heading of the plan: how the needs will be met, by whom and by when. */
    public record Section(PlanSection section, String summary, Boolean accommodationSuitable,
                          LocalDate councilAccommodationFrom, List<Action> actions) {
    }

    /** PP-4: an action with an owner and a target date. */
    public record Action(String action, String owner, LocalDate targetDate, LocalDate completedOn) {
    }

    /** UASC-7: plans for each possible immigration outcome. */
    public record TriplePlanning(String positiveDecisionBefore18, String noDecisionBefore18, String refusalOrReturn) {
    }

    /** PP-7: when a relevant child moved into accommodation the council provides, as the accommodation section says. */
    public LocalDate councilAccommodationFrom() {
        return sections.stream().filter(section -> section.section() == PlanSection.ACCOMMODATION)
                .map(Section::councilAccommodationFrom).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** UASC-7: all three strands written. */
    public boolean triplePlanComplete() {
        return triplePlan != null && PathwayPlanClock.triplePlanComplete(triplePlan.positiveDecisionBefore18(),
                triplePlan.noDecisionBefore18(), triplePlan.refusalOrReturn());
    }

    /** PP-4: the actions past their target date on {@code today} and not completed. */
    public List<OverdueAction> overdueActions(LocalDate today) {
        List<OverdueAction> overdue = new ArrayList<>();
        for (Section section : sections) {
            for (Action action : section.actions() == null ? List.<Action>of() : section.actions()) {
                if (action.completedOn() == null && action.targetDate().isBefore(today)) {
                    overdue.add(new OverdueAction(section.section().name(), action.action(), action.owner(),
                            action.targetDate()));
                }
            }
        }
        return overdue;
    }
}
