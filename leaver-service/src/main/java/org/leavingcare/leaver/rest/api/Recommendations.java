package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.service.RecommendationService;

import java.util.List;

/** Active advisers ranked for a young person, each with the reasons for its rank. */
@Schema(name = "Recommendations", example = """
        {"caseRef": "CR-1001", "weight": 3, "neededSpecialisms": ["disability"], "advisers": [
         {"rank": 1, "adviserId": "pa-7", "team": "north", "score": 35, "remainingCapacityAfter": 12,
          "withinCapacity": true, "reasons": ["specialism disability matches the young person's needs (+20)",
          "same team north (+15)", "remaining capacity 12 of 20 weighted points after this young person (weight 3)"]}]}""")
public record Recommendations(String caseRef, int weight, List<String> neededSpecialisms, List<Ranked> advisers) {

    public static Recommendations of(RecommendationService.Shortlist s) {
        return new Recommendations(s.caseRef(), s.weight(), s.neededSpecialisms(), s.advisers().stream()
                .map(a -> new Ranked(a.ranking().rank(), a.ranking().adviserId(), a.team(), a.ranking().score(),
                        a.ranking().remainingCapacityAfter(), a.ranking().withinCapacity(), a.ranking().reasons()))
                .toList());
    }

    @Schema(name = "RankedAdviser")
    public record Ranked(int rank, String adviserId, String team, int score, int remainingCapacityAfter,
                         boolean withinCapacity, List<String> reasons) {
    }
}
