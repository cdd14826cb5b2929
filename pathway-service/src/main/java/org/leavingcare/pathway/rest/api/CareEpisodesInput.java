package org.leavingcare.pathway.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.service.RecordedEpisode;

import java.time.LocalDate;
import java.util.List;

/** The whole list of a young person's care episodes, replacing what was recorded. */
@Schema(name = "CareEpisodesInput", example = """
        {"episodes": [{"start": "2023-09-01", "end": null, "legalStatus": "C2", "placementType": "U1", "reasonCeased": null}]}""")
public record CareEpisodesInput(@NotNull @Size(max = 500) List<@NotNull @Valid Episode> episodes) {

    public List<RecordedEpisode> toRecorded() {
        return episodes.stream().map(e -> new RecordedEpisode(e.start(), e.end(), e.legalStatus(), e.placementType(),
                e.reasonCeased())).toList();
    }

    /** One SSDA903 episode: end exclusive (the day care ceased), empty while open. */
    @Schema(name = "CareEpisodeInput")
    public record Episode(@NotNull LocalDate start, LocalDate end,
                          @Schema(description = "SSDA903 legal status (C1 C2 D1 E1 J1 J2 J3 L1 L2 L3 V2 V3 V4)") @NotNull String legalStatus,
                          @Schema(description = "SSDA903 placement type (PLACE)") String placementType,
                          @Schema(description = "SSDA903 reason episode ceased (REC), only with an end") String reasonCeased) {
    }
}
