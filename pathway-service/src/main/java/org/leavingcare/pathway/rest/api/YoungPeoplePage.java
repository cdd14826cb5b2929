package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.service.Listing;
import org.leavingcare.pathway.service.YoungPersonLine;

import java.util.List;

/** A page of the young-people list. */
@Schema(name = "YoungPeoplePage", example = "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}")
public record YoungPeoplePage(List<YoungPersonSummary> items, int page, int size, long total) {

    public static YoungPeoplePage of(Listing<YoungPersonLine> listing) {
        return new YoungPeoplePage(listing.items().stream().map(YoungPersonSummary::of).toList(), listing.page(),
                listing.size(), listing.total());
    }
}
