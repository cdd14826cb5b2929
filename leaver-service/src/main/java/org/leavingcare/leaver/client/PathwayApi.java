package org.leavingcare.leaver.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** pathway-service as leaver-service calls it; use {@link PathwayClient}. */
@RegisterRestClient(configKey = "pathway")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
interface PathwayApi {

    @GET
    @Path("/events")
    PathwayFeedPage events(@QueryParam("after") long after, @QueryParam("limit") int limit,
                           @HeaderParam("X-Correlation-Id") String correlationId);

    @GET
    @Path("/young-people/{caseRef}")
    PathwayRecord youngPerson(@PathParam("caseRef") String caseRef,
                              @HeaderParam("X-Correlation-Id") String correlationId,
                              @HeaderParam("X-On-Behalf-Of") String onBehalfOf);
}
