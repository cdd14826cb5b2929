package org.leavingcare.pathway.service;

import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.FieldViolation;

import java.util.List;

/** The 422 for well-formed input that breaks rules: every field named, and a detail that says how many. */
final class Violations {

    private Violations() {
    }

    static ApiProblem unprocessable(List<FieldViolation> violations) {
        return ApiProblem.unprocessable(detail(violations), violations);
    }

    static String detail(List<FieldViolation> violations) {
        return violations.size() == 1 ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields break a rule";
    }
}
