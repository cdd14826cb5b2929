package org.leavingcare.leaver.domain;

/**
 * The weight a young person adds to an adviser's caseload: inspectors found allocation that ignored
 * the complexity of a child's needs (seeds/001), so capacity is counted in weighted points.
 */
public final class CaseloadWeighting {

    private final LeaverPolicy.Weights weights;

    public CaseloadWeighting(LeaverPolicy policy) {
        this.weights = policy.weights();
    }

    public int weight(YoungPersonFacts facts) {
        int weight = weights.base();
        if (facts.complexNeeds()) {
            weight += weights.complexNeeds();
        }
        if (facts.disabled()) {
            weight += weights.disability();
        }
        if (facts.uasc()) {
            weight += weights.uasc();
        }
        if (facts.inCustody()) {
            weight += weights.custody();
        }
        if (facts.parent()) {
            weight += weights.parenthood();
        }
        return weight;
    }
}
