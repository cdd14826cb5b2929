package org.leavingcare.leaver.domain.entitlements;

/**
 * One thing wrong with a catalogue or local-offer document.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending field, {@code ""} for the whole document
 */
public record DocumentProblem(String pointer, String message) {

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
