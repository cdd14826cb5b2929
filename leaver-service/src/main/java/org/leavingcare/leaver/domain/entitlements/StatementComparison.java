package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a statement given to a young person still says what they are owed. Compare two statements made
 * for the same day (the one the statement would say now under the new offer or the new category timeline,
 * against the one under the old): any difference means the statement is due again. Comparing statements
 * made on different days would only find the passing of time.
 */
public final class StatementComparison {

    private StatementComparison() {
    }

    public static List<StatementDifference> differences(EntitlementStatement before, EntitlementStatement after) {
        if (!before.today().equals(after.today())) {
            throw new IllegalArgumentException("compare statements made for the same day: "
                    + before.today() + " and " + after.today());
        }
        List<StatementDifference> differences = new ArrayList<>();
        Map<String, StatementEntry> was = owed(before);
        Map<String, StatementEntry> now = owed(after);
        for (Map.Entry<String, StatementEntry> entry : now.entrySet()) {
            StatementEntry old = was.get(entry.getKey());
            OfferedItem item = entry.getValue().item();
            if (old == null) {
                differences.add(difference(StatementDifference.Kind.NOW_OWED, item, null));
            } else if (!Objects.equals(old.item().wording(), item.wording())) {
                differences.add(difference(StatementDifference.Kind.WORDING_CHANGED, item, null));
            } else if (!Objects.equals(old.endsOn(), entry.getValue().endsOn())) {
                differences.add(difference(StatementDifference.Kind.END_DATE_CHANGED, item, null));
            }
        }
        for (Map.Entry<String, StatementEntry> entry : was.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                differences.add(difference(StatementDifference.Kind.NO_LONGER_OWED, entry.getValue().item(), null));
            }
        }
        Map<String, EntitlementChange> cameUp = comingUp(before);
        Map<String, EntitlementChange> comesUp = comingUp(after);
        for (Map.Entry<String, EntitlementChange> change : comesUp.entrySet()) {
            EntitlementChange old = cameUp.get(change.getKey());
            if (old == null || !Objects.equals(old.item().wording(), change.getValue().item().wording())) {
                differences.add(difference(StatementDifference.Kind.COMING_UP_CHANGED, change.getValue().item(),
                        change.getValue().on()));
            }
        }
        for (Map.Entry<String, EntitlementChange> change : cameUp.entrySet()) {
            if (!comesUp.containsKey(change.getKey())) {
                differences.add(difference(StatementDifference.Kind.COMING_UP_CHANGED, change.getValue().item(),
                        change.getValue().on()));
            }
        }
        return differences;
    }

    private static StatementDifference difference(StatementDifference.Kind kind, OfferedItem item, LocalDate on) {
        return new StatementDifference(kind, item.origin(), item.id(), on);
    }

    private static Map<String, StatementEntry> owed(EntitlementStatement statement) {
        Map<String, StatementEntry> owed = new LinkedHashMap<>();
        for (StatementEntry entry : statement.owedToday()) {
            owed.put(entry.item().origin() + ":" + entry.item().id(), entry);
        }
        return owed;
    }

    private static Map<String, EntitlementChange> comingUp(EntitlementStatement statement) {
        Map<String, EntitlementChange> changes = new LinkedHashMap<>();
        for (EntitlementChange change : statement.comingUp()) {
            changes.put(change.item().origin() + ":" + change.item().id() + ":" + change.on() + ":"
                    + change.direction(), change);
        }
        return changes;
    }
}
