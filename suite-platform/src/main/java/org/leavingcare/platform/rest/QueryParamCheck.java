package org.leavingcare.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.platform.json.TextRules;
import org.leavingcare.platform.problem.ApiProblem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One check for every query parameter of every endpoint: a control character (NUL above all, which PostgreSQL
 * cannot store or compare) or an unpaired surrogate is a 400 naming the parameter, before any filter value
 * reaches a query.
 */
public class QueryParamCheck {

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = TextRules.printable(parameter.getKey());
            if (!name.equals(parameter.getKey())) {
                return Optional.of(ApiProblem.badRequest(name, "is not a valid parameter name").problem().toResponse());
            }
            for (String value : parameter.getValue()) {
                if (value != null && !TextRules.acceptableLine(value)) {
                    return Optional.of(ApiProblem.badRequest(name, "must not contain control characters")
                            .problem().toResponse());
                }
            }
        }
        return Optional.empty();
    }
}
