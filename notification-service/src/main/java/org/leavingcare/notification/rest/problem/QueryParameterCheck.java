package org.leavingcare.notification.rest.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.notification.problem.ApiProblem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One check for every query parameter of every endpoint: a value holding the NUL character or another
 * control character (PostgreSQL cannot compare a string holding NUL) is a 400 naming the parameter, never
 * a 500. Runs after matching, so the refusal is audited like any other on an audited endpoint.
 */
public class QueryParameterCheck {

    static final String MESSAGE = "must not contain the NUL character or other control characters";

    @ServerRequestFilter(priority = 500)
    public Optional<Response> check(ContainerRequestContext request) {
        MultivaluedMap<String, String> params;
        try {
            params = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            return Optional.of(ApiProblem.badRequest("query", "is not a well-formed query string").problem().toResponse());
        }
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String name = param.getKey();
            if (hasControl(name)) {
                return Optional.of(ApiProblem.badRequest("query", "has a parameter name with control characters")
                        .problem().toResponse());
            }
            for (String value : param.getValue()) {
                if (hasControl(value)) {
                    return Optional.of(ApiProblem.badRequest(name, MESSAGE).problem().toResponse());
                }
            }
        }
        return Optional.empty();
    }

    static boolean hasControl(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }
}
