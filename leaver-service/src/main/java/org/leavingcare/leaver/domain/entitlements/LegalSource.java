package org.leavingcare.leaver.domain.entitlements;

import java.util.Objects;

/**
 * Where an entitlement comes from.
 *
 * @param citation the act and section, regulation or guidance, as a lawyer would cite it
 * @param url      where the primary text is published (legislation.gov.uk where there is one), or {@code null}
 * @param evidence for a [S] source, the secondary source that was read instead of the primary text, or {@code null}
 */
public record LegalSource(SourceKind kind, String citation, String url, String evidence, Verification tag) {

    public LegalSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(tag, "tag");
    }
}
