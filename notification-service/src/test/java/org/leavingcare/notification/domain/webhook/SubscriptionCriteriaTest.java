package org.leavingcare.notification.domain.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which notifications a subscription is sent: its types ("*": every one) and each filter it gives. */
class SubscriptionCriteriaTest {

    static Boolean flag(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    @ParameterizedTest(name = "types {0}, filters team={1} rule={2} disabled={3} uasc={4}: {5} {6}/{7}/{8}/{9} -> {10}")
    @CsvSource(nullValues = "-", value = {
            // types                          team   rule  dis    uasc   | type              team   rule  dis    uasc   | sent
            "alert.raised,                    -,     -,    -,     -,       alert.raised,     north, A12,  true,  false,   true",
            "alert.raised,                    -,     -,    -,     -,       alert.resolved,   north, A12,  true,  false,   false",
            "alert.raised alert.resolved,     -,     -,    -,     -,       alert.resolved,   north, A12,  true,  false,   true",
            "*,                               -,     -,    -,     -,       subscription.disabled, -, -,   -,     -,       true",
            "*,                               -,     -,    -,     -,       a.type.added.later, -,   -,    -,     -,       true",
            "*,                               north, -,    -,     -,       alert.raised,     north, A12,  true,  false,   true",
            "*,                               north, -,    -,     -,       alert.raised,     south, A12,  true,  false,   false",
            "*,                               north, -,    -,     -,       subscription.disabled, -, -,   -,     -,       false",
            "*,                               -,     A12,  -,     -,       alert.raised,     north, A12,  true,  false,   true",
            "*,                               -,     A12,  -,     -,       alert.raised,     north, A1,   true,  false,   false",
            "*,                               -,     -,    true,  -,       alert.raised,     north, A12,  true,  false,   true",
            "*,                               -,     -,    true,  -,       alert.raised,     north, A12,  false, false,   false",
            "*,                               -,     -,    false, -,       alert.raised,     north, A12,  -,     false,   false",
            "*,                               -,     -,    -,     true,    alert.raised,     north, A12,  true,  true,    true",
            "*,                               -,     -,    -,     true,    alert.raised,     north, A12,  true,  false,   false",
            "alert.escalated,                 north, A22,  false, true,    alert.escalated,  north, A22,  false, true,    true",
            "alert.escalated,                 north, A22,  false, true,    alert.escalated,  north, A22,  false, false,   false",
    })
    void aNotificationIsSentWhenItsTypeWasAskedForAndEveryFilterGivenEqualsItsValue(
            String types, String team, String rule, String disabled, String uasc,
            String type, String itsTeam, String itsRule, String itsDisabled, String itsUasc, boolean sent) {
        List<String> eventTypes = Arrays.asList(types.trim().split(" +"));
        SubscriptionCriteria criteria = new SubscriptionCriteria(eventTypes, team, rule, flag(disabled), flag(uasc));
        assertEquals(sent, criteria.matches(type, itsTeam, itsRule, flag(itsDisabled), flag(itsUasc)));
    }
}
