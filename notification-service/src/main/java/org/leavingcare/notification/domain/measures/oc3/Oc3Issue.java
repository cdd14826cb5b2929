package org.leavingcare.notification.domain.measures.oc3;

/** A record the DfE validator would question: the rule's code and what is wrong (no personal data). */
public record Oc3Issue(String caseRef, String rule, String message) {
}
