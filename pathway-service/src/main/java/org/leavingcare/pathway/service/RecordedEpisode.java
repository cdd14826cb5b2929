package org.leavingcare.pathway.service;

import java.time.LocalDate;

/** A care episode as the case-management system sends it, before {@link CareEpisodeRules} has checked it. */
public record RecordedEpisode(LocalDate start, LocalDate end, String legalStatus, String placementType,
                              String reasonCeased) {
}
