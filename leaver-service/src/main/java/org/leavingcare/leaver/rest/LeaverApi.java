package org.leavingcare.leaver.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(
                title = "leaver-service",
                version = "1.0.0",
                description = "Personal advisers for young people leaving care in England: allocation by the local "
                        + "policy age (17 years 6 months by default, earlier for complex needs, disability or UASC "
                        + "status, at once for relevant and former relevant young people), complexity-weighted "
                        + "caseloads, keeping-in-touch contacts, and rights and entitlements explained. Every "
                        + "deadline is computed as of the service clock. Errors are RFC 9457 application/problem+json.",
                contact = @Contact(name = "Care-leaver pathway suite"),
                license = @License(name = "MIT")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT from the council's identity provider; locally, `bin/suite token ROLE`")
public class LeaverApi extends Application {
}
