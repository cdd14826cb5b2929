package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.service.CaseRecord;
import org.leavingcare.pathway.service.Listing;

import java.util.List;

/** A page of the managers' list of pathway plans. */
@Schema(name = "PathwayPlanPage", example = "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}")
public record PathwayPlanPage(List<PathwayPlanView.Summary> items, int page, int size, long total) {

    public static PathwayPlanPage of(Listing<CaseRecord> listing) {
        return new PathwayPlanPage(listing.items().stream().map(PathwayPlanView.Summary::of).toList(), listing.page(),
                listing.size(), listing.total());
    }
}
