package org.leavingcare.leaver.domain.entitlements;

/** The kind of instrument an entitlement rests on: what a young person can rely on differs between them. */
public enum SourceKind {
    ACT,
    REGULATIONS,
    /** Guidance issued under a statutory power that councils must follow unless they have good reason not to. */
    STATUTORY_GUIDANCE,
    /** Government guidance, funding rules or grant conditions that are not law. */
    GUIDANCE,
    CASE_LAW,
    /** A government announcement whose legal instrument was not found. */
    ANNOUNCEMENT
}
