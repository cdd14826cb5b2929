package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;

/**
 * The day a young person reaches an age in whole years (rules.md C-1). Passed in rather than computed here:
 * the 29 February convention (28 February or 1 March, by configuration) belongs to the suite's statutory
 * calendar, and a second copy of it here would drift from the one pathway-service uses for the category
 * timeline.
 */
@FunctionalInterface
public interface Birthdays {

    LocalDate birthday(LocalDate dateOfBirth, int years);
}
