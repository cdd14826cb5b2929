package org.leavingcare.pathway.domain.category;

/** The care-leaver categories of rules.md §1.1, plus the states either side of them. */
public enum CareLeaverCategory {
    /** Looked after but not (yet) an eligible child. */
    LOOKED_AFTER,
    /** CAT-1: 16 or 17, looked after, 13 weeks in care since 14 ending after 16. */
    ELIGIBLE,
    /** CAT-2, CAT-3: 16 or 17, no longer looked after, eligible before leaving (or detained on the 16th birthday). */
    RELEVANT,
    /** CAT-5: 18 or over, was relevant, or eligible and looked after on reaching 18. */
    FORMER_RELEVANT,
    /** CAT-9, CAT-10: left care after 16 without being eligible, or a special guardianship order: s24 until 21. */
    QUALIFYING,
    /** None of the above (never looked after after 14, adopted, past 21 without former-relevant status). */
    NOT_A_CARE_LEAVER
}
