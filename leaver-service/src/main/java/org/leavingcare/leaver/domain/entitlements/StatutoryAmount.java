package org.leavingcare.leaver.domain.entitlements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The amount the law or DfE sets for an entitlement. A {@link AmountStatus#LOCAL} amount has no pounds:
 * the council's local offer gives them.
 *
 * @param pounds the amount, or {@code null} when {@code status} is LOCAL
 * @param since  the day this amount took effect, or {@code null}
 */
public record StatutoryAmount(BigDecimal pounds, AmountStatus status, PaymentFrequency frequency, LocalDate since,
                              Verification tag) {

    public StatutoryAmount {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tag, "tag");
    }
}
