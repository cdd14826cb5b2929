package org.leavingcare.leaver.domain.entitlements;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue or local-offer document that was refused, with every problem found (not just the first). */
public class InvalidDocumentException extends RuntimeException {

    private final transient List<DocumentProblem> problems;

    public InvalidDocumentException(String what, List<DocumentProblem> problems) {
        super(what + " is invalid: " + problems.stream().map(DocumentProblem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DocumentProblem> problems() {
        return problems;
    }
}
