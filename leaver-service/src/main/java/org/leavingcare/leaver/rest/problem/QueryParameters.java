package org.leavingcare.leaver.rest.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.leaver.problem.ApiProblem;

import java.util.List;
import java.util.Map;

/**
 * PostgreSQL cannot store or compare a NUL character ({@code \u0000}): a query parameter holding one is a
 * 400 naming the parameter, checked once here for every filter ({@code team}, {@code actor}, ...).
 */
public class QueryParameters {

    @ServerRequestFilter(preMatching = true)
    public void noNul(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0) {
                throw ApiProblem.badRequest("query", "a parameter name must not contain a NUL character");
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw ApiProblem.badRequest(parameter.getKey(), "must not contain a NUL character");
                }
            }
        }
    }
}
