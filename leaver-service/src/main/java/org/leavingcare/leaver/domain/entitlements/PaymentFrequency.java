package org.leavingcare.leaver.domain.entitlements;

/** How often an amount is paid. */
public enum PaymentFrequency {
    ONE_OFF,
    WEEKLY,
    MONTHLY,
    YEARLY
}
