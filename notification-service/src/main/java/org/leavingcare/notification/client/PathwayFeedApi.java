package org.leavingcare.notification.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** pathway-service's change feed ({@code quarkus.rest-client.pathway-feed.url}). */
@RegisterRestClient(configKey = "pathway-feed")
@Path("/events")
interface PathwayFeedApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    FeedPage events(@QueryParam("after") long after, @QueryParam("limit") int limit,
                    @HeaderParam("Authorization") String authorization,
                    @HeaderParam("X-Correlation-Id") String correlationId);
}
