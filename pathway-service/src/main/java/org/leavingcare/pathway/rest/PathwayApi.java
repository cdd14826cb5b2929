package org.leavingcare.pathway.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(
                title = "pathway-service",
                version = "1.0.0",
                description = "Young people leaving care in England: their care episodes, the care-leaver category the "
                        + "suite computes from them (eligible, relevant, former relevant, qualifying), needs assessments "
                        + "due by 16 years 3 months, pathway plans and their reviews. Every deadline is computed as of "
                        + "the service clock. Errors are RFC 9457 application/problem+json.",
                contact = @Contact(name = "Care-leaver pathway suite"),
                license = @License(name = "MIT")),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
                @Tag(name = "Young people", description = "Records keyed by the case-management reference"),
                @Tag(name = "Change feed", description = "Ordered events for the other services")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT from the council's identity provider; locally, `bin/suite token ROLE`")
public class PathwayApi extends Application {
}
