package org.leavingcare.leaver.domain.entitlements;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount a council offers: its own decision ([L]), never law. */
public record LocalAmount(BigDecimal pounds, PaymentFrequency frequency) {

    public LocalAmount {
        Objects.requireNonNull(pounds, "pounds");
        Objects.requireNonNull(frequency, "frequency");
    }
}
