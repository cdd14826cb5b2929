package org.leavingcare.notification.domain.measures.annexa;

/** A cell of List 9 the suite could not fill, or filled with a value Annex A does not define (no personal data). */
public record List9Issue(String childUniqueId, String heading, String message) {
}
