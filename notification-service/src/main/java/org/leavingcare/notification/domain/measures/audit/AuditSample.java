package org.leavingcare.notification.domain.measures.audit;

import java.util.List;

/** A drawn sample: the cases in stratum order (each stratum in draw order) and the draw per stratum. */
public record AuditSample(long seed, int size, List<SampledCase> cases, List<StratumDraw> strata) {

    public AuditSample {
        cases = List.copyOf(cases);
        strata = List.copyOf(strata);
    }
}
