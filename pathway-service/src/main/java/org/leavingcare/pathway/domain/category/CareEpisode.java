package org.leavingcare.pathway.domain.category;

import java.time.LocalDate;
import java.util.Set;

/**
 * A period of being looked after, as SSDA903 records it: {@code end} is exclusive (the date care ceased,
 * "DEC") and {@code null} while the episode is open.
 */
public record CareEpisode(LocalDate start, LocalDate end, String legalStatus, String reasonCeased, String placementType) {

    /** EDGE-1, CPPCR reg 48: short-break legal statuses, dropped from the 13-week count (903 rule 1001). */
    static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    /** 903 rule 1001: adopted children (REC E11, E12) are not care leavers. */
    static final Set<String> ADOPTION = Set.of("E11", "E12");

    /** CAT-9, s24(1A): care ended by a special guardianship order (REC E45, E46). */
    static final Set<String> SPECIAL_GUARDIANSHIP = Set.of("E45", "E46");

    public CareEpisode {
        if (start == null) {
            throw new IllegalArgumentException("an episode needs a start");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an episode cannot end before it starts");
        }
    }

    /** An episode with only the facts the category needs. */
    public static CareEpisode of(LocalDate start, LocalDate end, String legalStatus, String reasonCeased) {
        return new CareEpisode(start, end, legalStatus, reasonCeased, null);
    }

    /** EDGE-1: short breaks under reg 48 do not make a child eligible; everything else, remand (J1) included, does (EDGE-3). */
    public boolean countsAsLookedAfter() {
        return !SHORT_BREAKS.contains(legalStatus);
    }

    /** Whether the child was looked after on {@code day} under this episode. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    boolean endedByAdoption() {
        return end != null && ADOPTION.contains(reasonCeased);
    }

    boolean endedBySpecialGuardianship() {
        return end != null && SPECIAL_GUARDIANSHIP.contains(reasonCeased);
    }
}
