package org.leavingcare.leaver.domain.entitlements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The statutory catalogue: every right and entitlement of a care leaver in England that the suite knows. */
public final class EntitlementCatalogue {

    private final String version;
    private final Map<String, Entitlement> byId = new LinkedHashMap<>();

    EntitlementCatalogue(String version, List<Entitlement> items) {
        this.version = version;
        for (Entitlement item : items) {
            if (byId.putIfAbsent(item.id(), item) != null) {
                throw new IllegalArgumentException("Duplicate catalogue id " + item.id());
            }
        }
    }

    /** The catalogue's own version, recorded with each statement given. */
    public String version() {
        return version;
    }

    public List<Entitlement> items() {
        return List.copyOf(byId.values());
    }

    public Optional<Entitlement> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
