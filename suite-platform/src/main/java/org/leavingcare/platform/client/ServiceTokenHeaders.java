package org.leavingcare.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.leavingcare.platform.correlation.CorrelationIds;

/**
 * Adds the service token and the current correlation id to every call to another service
 * ({@code @RegisterClientHeaders(ServiceTokenHeaders.class)} on a REST client).
 */
@ApplicationScoped
public class ServiceTokenHeaders implements ClientHeadersFactory {

    @Inject
    ServiceTokens tokens;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        tokens.authorization().ifPresent(value -> headers.add("Authorization", value));
        String correlationId = CorrelationIds.current();
        if (!"none".equals(correlationId) && !outgoing.containsKey(CorrelationIds.HEADER)) {
            headers.add(CorrelationIds.HEADER, correlationId);
        }
        return headers;
    }
}
