package org.leavingcare.pathway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** leaver-service's change feed as pathway-service reads it (docs/change-feeds.md); use {@link LeaverClient}. */
@RegisterRestClient(configKey = "leaver")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
interface LeaverApi {

    @GET
    @Path("/events")
    LeaverFeedPage events(@QueryParam("after") long after, @QueryParam("limit") int limit,
                          @HeaderParam("X-Correlation-Id") String correlationId);
}
