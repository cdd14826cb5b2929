package org.leavingcare.pathway.domain.category;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A young person's care episodes read for what the record shows about being looked after on a given day. */
public record CareHistory(List<CareEpisode> episodes) {

    public CareHistory {
        episodes = List.copyOf(episodes);
    }

    /** Looked after on {@code day} under any episode, short breaks included. */
    public boolean lookedAfterOn(LocalDate day) {
        return episodes.stream().anyMatch(e -> e.covers(day));
    }

    /** When the last episode ended, if none is open on {@code day}; null while looked after or never in care. */
    public LocalDate careEndedOn(LocalDate day) {
        if (lookedAfterOn(day) || episodes.isEmpty()) {
            return null;
        }
        return episodes.stream().map(CareEpisode::end).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * The first day of the unbroken period of care holding {@code day} (episodes end to start, short breaks excluded,
     * EDGE-1), or null if not looked after then: the looked-after review cycle (CPPCR reg 33) runs from it.
     */
    public LocalDate lookedAfterSince(LocalDate day) {
        List<CareEpisode> counted = episodes.stream().filter(CareEpisode::countsAsLookedAfter).toList();
        CareEpisode current = counted.stream().filter(e -> e.covers(day)).findFirst().orElse(null);
        if (current == null) {
            return null;
        }
        LocalDate since = current.start();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (CareEpisode e : counted) {
                if (since.equals(e.end())) {
                    since = e.start();
                    extended = true;
                }
            }
        }
        return since;
    }
}
