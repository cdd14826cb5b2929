package org.leavingcare.leaver.feed;

/** The types of leaver event (docs/change-feeds.md, "leaver-service events"). */
public final class LeaverEventType {

    public static final String ALLOCATION_STARTED = "allocation.started";
    public static final String ALLOCATION_ENDED = "allocation.ended";
    public static final String CONTACT_RECORDED = "contact.recorded";
    public static final String ENTITLEMENTS_EXPLAINED = "entitlements.explained";
    public static final String ALLOCATION_DUE_CHANGED = "allocation-due.changed";
    /** Applying a pathway event changed the snapshot but not the allocation due date (contact or entitlements due, team). */
    public static final String DUE_DATES_CHANGED = "due-dates.changed";
    /**
     * Custody, parenthood, languages or council-provided accommodation recorded (the last moves
     * {@code contactDueBy}, PA-6). Added to the contract's list; consumers skip types they do not know.
     */
    public static final String CIRCUMSTANCES_UPDATED = "circumstances.updated";

    private LeaverEventType() {
    }
}
