package org.leavingcare.notification.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a case-management system sends to subscribe to notifications. */
@Schema(name = "SubscriptionInput", example = """
        {"url": "https://cms.example.org/hooks/leaving-care", "eventTypes": ["alert.raised", "alert.escalated"],
         "filters": {"team": "north", "uasc": true}, "description": "UASC team alerts into Mosaic"}""")
public record SubscriptionInput(
        @NotBlank @Size(max = 2048) String url,
        @NotEmpty List<@NotNull EventType> eventTypes,
        @Valid SubscriptionFilters filters,
        @Size(max = 500) @Pattern(regexp = "[^\\x00]*", message = "must not contain the NUL character") String description) {
}
