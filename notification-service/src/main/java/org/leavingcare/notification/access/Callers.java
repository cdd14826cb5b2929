package org.leavingcare.notification.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@link Caller} of the current request, from the security identity and its JWT's {@code teams} claim. */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Caller current() {
        String subject = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return Caller.of(subject, identity.getRoles(), teams(token.getClaim("teams")));
    }

    public Scope scope() {
        return Scope.of(current());
    }

    /** The {@code teams} claim: a JSON array of strings (or a single string); missing means none. */
    static List<String> teams(Object claim) {
        List<String> teams = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    teams.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> teams.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        } else if (claim instanceof JsonString s) {
            teams.add(s.getString());
        } else if (claim instanceof String s) {
            teams.add(s);
        }
        return teams;
    }
}
