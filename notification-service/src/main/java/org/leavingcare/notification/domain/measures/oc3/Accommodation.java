package org.leavingcare.notification.domain.measures.oc3;

import java.util.Locale;
import java.util.Optional;

/**
 * SSDA903 OC3 {@code ACCOM}: a type letter and a suitability digit, 1 suitable or 2 unsuitable (rules.md
 * OC3-6). {@code 0} (not in touch, died or returned home) is not an accommodation and parses to nothing,
 * as does any pair rule 133 rejects (S1, X1, an unknown letter or digit).
 */
public record Accommodation(AccommodationType type, boolean suitable) {

    public static Optional<Accommodation> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (code.length() != 2) {
            return Optional.empty();
        }
        AccommodationType type;
        try {
            type = AccommodationType.valueOf(code.substring(0, 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return switch (code.charAt(1)) {
            case '1' -> type.canBeSuitable() ? Optional.of(new Accommodation(type, true)) : Optional.empty();
            case '2' -> Optional.of(new Accommodation(type, false));
            default -> Optional.empty();
        };
    }

    public String code() {
        return type.name() + (suitable ? "1" : "2");
    }
}
