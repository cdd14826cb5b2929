package org.leavingcare.platform.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.platform.problem.Problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operation that takes a body needs one: a request without a body (no length and no chunks, or a length of
 * 0) is a 400 naming the body, never a {@code null} handed to the resource. A body parameter marked
 * {@link OptionalBody} may be left out.
 */
public class RequiredBody {

    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class,
            OptionalBody.class);

    private final Map<Method, Boolean> needsBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> requireBody(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Method method = resource.getResourceMethod();
        if (method == null || !needsBody.computeIfAbsent(method, RequiredBody::takesRequiredBody) || hasBody(http)) {
            return Optional.empty();
        }
        return Optional.of(new Problem(Problem.MALFORMED, "Malformed JSON", 400,
                "The request body is missing; this operation needs one", null, List.of()).toResponse());
    }

    static boolean hasBody(HttpServerRequest http) {
        String length = http.getHeader("Content-Length");
        if (length != null) {
            return !length.trim().equals("0");
        }
        return http.getHeader("Transfer-Encoding") != null;
    }

    static boolean takesRequiredBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean body = true;
            for (Annotation annotation : annotations) {
                if (NOT_A_BODY.contains(annotation.annotationType())
                        || annotation.annotationType().getName().startsWith("org.jboss.resteasy.reactive.Rest")) {
                    body = false;
                }
            }
            if (body) {
                return true;
            }
        }
        return false;
    }
}
