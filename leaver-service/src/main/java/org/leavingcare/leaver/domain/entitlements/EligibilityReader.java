package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads eligibility routes, the same shape in the catalogue and in a local offer. A catalogue route must
 * cite its basis and how far it was checked; a local offer's routes are the council's policy and carry no tag.
 */
final class EligibilityReader {

    /** The oldest age a route may name: the catalogue covers care leavers, not adults in general. */
    static final int OLDEST_AGE = 30;

    private EligibilityReader() {
    }

    static List<EligibilityRoute> routes(JsonFields owner, String field, boolean statutory) {
        List<EligibilityRoute> routes = new ArrayList<>();
        List<JsonNode> nodes = owner.array(field, true);
        if (nodes.isEmpty()) {
            owner.problem(field, "must list at least one route (who has it)");
        }
        for (int i = 0; i < nodes.size(); i++) {
            EligibilityRoute route = route(JsonFields.of(nodes.get(i), owner.at(field) + "/" + i, owner.problems()),
                    statutory);
            if (route != null) {
                routes.add(route);
            }
        }
        return routes;
    }

    private static EligibilityRoute route(JsonFields route, boolean statutory) {
        if (route == null) {
            return null;
        }
        int before = route.problems().size();
        String basis = route.text("basis", statutory);
        Verification tag = null;
        if (statutory) {
            tag = route.enumValue("tag", Verification.class, true);
            if (tag == Verification.L) {
                route.problem("tag", "L (local policy) is for a local offer, not the statutory catalogue");
            }
        }
        Set<CareLeaverCategory> categories = categories(route, "categories", true);
        Set<CareLeaverCategory> everCategories = categories(route, "everCategories", false);
        Integer fromAge = route.integer("fromAge", false, 0, OLDEST_AGE);
        Integer untilAge = route.integer("untilAge", false, 1, OLDEST_AGE + 1);
        if (fromAge != null && untilAge != null && fromAge >= untilAge) {
            route.problem("untilAge", "must be greater than fromAge");
        } else if (categories != null) {
            int lowest = fromAge == null ? 0 : fromAge;
            int highest = untilAge == null ? OLDEST_AGE : untilAge - 1;
            for (CareLeaverCategory category : categories) {
                boolean possible = false;
                for (int age = lowest; age <= highest && !possible; age++) {
                    possible = category.possibleAt(age);
                }
                if (!possible) {
                    route.problem("categories", category + " cannot apply between ages " + lowest + " and " + highest
                            + ": the ages are inconsistent with the category");
                }
            }
        }
        Map<Condition, Boolean> conditions = conditions(route);
        route.finish();
        if (route.problems().size() != before || categories == null) {
            return null;
        }
        return new EligibilityRoute(basis, tag, categories, everCategories, fromAge, untilAge, conditions);
    }

    private static Set<CareLeaverCategory> categories(JsonFields route, String field, boolean required) {
        List<JsonNode> nodes = route.array(field, required);
        if (required && nodes.isEmpty()) {
            route.problem(field, "must name at least one category");
            return null;
        }
        Set<CareLeaverCategory> categories = EnumSet.noneOf(CareLeaverCategory.class);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            CareLeaverCategory category = null;
            if (node.isTextual()) {
                try {
                    category = CareLeaverCategory.valueOf(node.asText());
                } catch (IllegalArgumentException e) {
                    // reported below
                }
            }
            if (category == null) {
                route.problems().add(new DocumentProblem(route.at(field) + "/" + i,
                        "must be one of " + List.of(CareLeaverCategory.values())));
            } else if (!categories.add(category)) {
                route.problems().add(new DocumentProblem(route.at(field) + "/" + i, "is listed twice"));
            }
        }
        return categories;
    }

    private static Map<Condition, Boolean> conditions(JsonFields route) {
        Map<Condition, Boolean> conditions = new EnumMap<>(Condition.class);
        JsonFields object = route.object("conditions", false);
        if (object == null) {
            return conditions;
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            Condition condition = Condition.ofJsonName(name);
            if (condition == null) {
                continue;
            }
            Boolean value = object.bool(name, true);
            if (value != null) {
                conditions.put(condition, value);
            }
        }
        // the names left unread are unknown conditions
        object.finish();
        return conditions;
    }
}
