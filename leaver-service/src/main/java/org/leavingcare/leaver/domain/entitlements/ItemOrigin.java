package org.leavingcare.leaver.domain.entitlements;

/** Whether a statement item is owed by law (the catalogue) or offered by the council (its local offer). */
public enum ItemOrigin {
    STATUTORY,
    LOCAL
}
