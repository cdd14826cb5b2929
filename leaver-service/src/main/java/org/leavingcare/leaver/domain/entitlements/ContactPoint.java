package org.leavingcare.leaver.domain.entitlements;

import java.util.Objects;

/**
 * Somewhere a young person can get help: the leaving-care team, an advocacy service, a housing team.
 * At least one way of reaching it (phone, email, address or website).
 */
public record ContactPoint(String id, LocalText name, String phone, String email, String address, String website,
                           LocalText hours) {

    public ContactPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
