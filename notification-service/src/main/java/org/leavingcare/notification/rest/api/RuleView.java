package org.leavingcare.notification.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.notification.domain.rules.Rule;
import org.leavingcare.notification.domain.rules.RuleParameter;
import org.leavingcare.notification.domain.rules.RuleSource;
import org.leavingcare.notification.domain.rules.Severity;

import java.util.List;

/** A rule of the catalogue with the numbers configured for this authority. */
@Schema(name = "Rule", example = "{\"id\": \"A19\", \"group\": \"DISABLED\", \"title\": \"No referral to adult social care or Care Act s58 decision\", "
        + "\"appliesTo\": \"Disabled young people ...\", \"condition\": \"No referral ... by the age of 192 months ...\", "
        + "\"clearedWhen\": \"the young person was referred to adult social care or a Care Act decision was recorded\", "
        + "\"severities\": [\"UPCOMING\", \"DUE\", \"OVERDUE\"], "
        + "\"parameters\": [{\"name\": \"referral-age-months\", \"value\": \"192 months\", \"description\": \"age by which ...\"}], "
        + "\"source\": {\"ruleIds\": [\"A19\", \"DIS-1\", \"DIS-3\"], \"authority\": \"Care Act 2014 s58-s59\", \"localPolicy\": true}}")
public record RuleView(String id, Rule.Group group, String title, String appliesTo, String condition, String clearedWhen,
                       List<Severity> severities, List<RuleParameter> parameters, RuleSource source) {

    public static RuleView of(Rule r) {
        return new RuleView(r.id(), r.group(), r.title(), r.appliesTo(), r.condition(), r.clearedWhen(), r.severities(),
                r.parameters(), r.source());
    }
}
