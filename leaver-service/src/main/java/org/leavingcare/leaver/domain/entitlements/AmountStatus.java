package org.leavingcare.leaver.domain.entitlements;

/** Who sets an amount of money, which decides how a statement may present it. */
public enum AmountStatus {
    /** Set by an act or regulations: the young person is owed at least this much. */
    STATUTORY,
    /** A minimum the Department for Education recommends councils pay. Not law; councils may pay less. */
    DFE_RECOMMENDED_MINIMUM,
    /** Fixed by DfE funding rules or grant conditions (paid by a provider, not the council). Not law. */
    DFE_FUNDING_RULE,
    /** Each council decides: its local offer gives the amount. */
    LOCAL
}
