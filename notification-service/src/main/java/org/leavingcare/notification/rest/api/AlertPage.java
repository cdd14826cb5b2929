package org.leavingcare.notification.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of alerts. */
@Schema(name = "AlertPage", example = "{\"items\": [], \"page\": 0, \"size\": 50, \"totalItems\": 0, \"totalPages\": 0}")
public record AlertPage(List<AlertView> items, int page, int size, long totalItems, long totalPages) {
}
