package org.leavingcare.pathway.service;

import org.leavingcare.pathway.problem.ApiProblem;

/** The {@code If-Match} precondition on a versioned record (a young person, a pathway plan). */
public final class IfMatch {

    private IfMatch() {
    }

    /** 412 unless {@code ifMatch} is absent, {@code *}, or names {@code version} (quoted or weak forms accepted). */
    public static void require(long version, String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String wanted = ifMatch.trim();
        if (wanted.startsWith("W/")) {
            wanted = wanted.substring(2);
        }
        wanted = wanted.replace("\"", "");
        if (!wanted.equals(String.valueOf(version))) {
            throw ApiProblem.preconditionFailed("The " + what + " has changed since version " + ifMatch.trim()
                    + "; the current version is \"" + version + "\"");
        }
    }
}
