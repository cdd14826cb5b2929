package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.plan.ChairRole;

import java.time.LocalDate;

/** PP-5, PP-6: a review of the plan that was held. */
public record ReviewHeld(LocalDate heldOn, String chairedBy, ChairRole chairRole, String outcome, String changesMade) {
}
