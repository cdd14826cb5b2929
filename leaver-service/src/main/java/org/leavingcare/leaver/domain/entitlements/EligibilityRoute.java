package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One way of having an entitlement. An item applies on a day when any of its routes matches: the law
 * often gives the same thing by several sections (a personal adviser to 21 under s23C(3), beyond 21 on an
 * education programme under s23C(7), to 25 on request under s23CZB), and each route names its own.
 *
 * @param basis          the provision this route rests on ("Children Act 1989 s23C(7)"); optional in a local offer
 * @param tag            how far that provision was checked; {@code null} in a local offer
 * @param categories     the categories the young person must be in on the day (at least one)
 * @param everCategories if not empty, the young person must also have been in one of these on or before the day
 *                       (a qualifying care leaver after 21 is {@code NOT_A_CARE_LEAVER} on the timeline but keeps
 *                       s24B help to 25)
 * @param fromAge        the birthday from which the route applies, or {@code null}
 * @param untilAge       the birthday on which it stops applying, or {@code null}
 * @param conditions     facts that must be true ({@code true}) or false ({@code false}) on the day
 */
public record EligibilityRoute(String basis, Verification tag, Set<CareLeaverCategory> categories,
                               Set<CareLeaverCategory> everCategories, Integer fromAge, Integer untilAge,
                               Map<Condition, Boolean> conditions) {

    public EligibilityRoute {
        Objects.requireNonNull(categories, "categories");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories: at least one");
        }
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
        everCategories = everCategories == null || everCategories.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(everCategories));
        conditions = conditions == null || conditions.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(conditions));
    }

    public boolean matches(EntitlementFacts facts, LocalDate day, Birthdays birthdays) {
        CareLeaverCategory category = facts.categoryOn(day);
        if (category == null || !categories.contains(category)) {
            return false;
        }
        if (!everCategories.isEmpty() && !facts.heldAnyBy(day, everCategories)) {
            return false;
        }
        if (fromAge != null && day.isBefore(birthdays.birthday(facts.dateOfBirth(), fromAge))) {
            return false;
        }
        if (untilAge != null && !day.isBefore(birthdays.birthday(facts.dateOfBirth(), untilAge))) {
            return false;
        }
        for (Map.Entry<Condition, Boolean> condition : conditions.entrySet()) {
            if (facts.holds(condition.getKey(), day) != condition.getValue()) {
                return false;
            }
        }
        return true;
    }
}
