package org.leavingcare.notification.rest.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Narrows a subscription: each filter given must equal the notification's value; absent ones match all. */
@Schema(name = "SubscriptionFilters", example = "{\"team\": \"north\", \"rule\": \"A12\", \"disabled\": true, \"uasc\": null}")
public record SubscriptionFilters(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must contain only letters, digits, - and _") String team,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be a rule id such as A12") String rule,
        Boolean disabled,
        Boolean uasc) {
}
