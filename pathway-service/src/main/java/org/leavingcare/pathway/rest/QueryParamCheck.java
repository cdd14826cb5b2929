package org.leavingcare.pathway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.pathway.problem.ApiProblem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One check for every query parameter of every endpoint: a control character (NUL above all, which PostgreSQL
 * cannot store or compare) is a 400 naming the parameter, before any filter value reaches a query.
 */
public class QueryParamCheck {

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.chars().anyMatch(Character::isISOControl)) {
                    return Optional.of(ApiProblem.badRequest(parameter.getKey(), "must not contain control characters")
                            .problem().toResponse());
                }
            }
        }
        return Optional.empty();
    }
}
