package org.leavingcare.pathway.domain.plan;

import java.time.LocalDate;

/** PP-4: an action of the plan past its target date and not completed. */
public record OverdueAction(String section, String action, String owner, LocalDate targetDate) {
}
