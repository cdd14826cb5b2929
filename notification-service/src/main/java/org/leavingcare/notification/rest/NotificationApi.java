package org.leavingcare.notification.rest;

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
                title = "notification-service",
                version = "1.0.0",
                description = "Transition rules for young people leaving care in England (disabled and unaccompanied "
                        + "young people, and every overdue statutory transition), the alerts they raise, and signed, "
                        + "retried webhooks (Standard Webhooks) to case-management systems. Every deadline is computed "
                        + "as of the service clock. Errors are RFC 9457 application/problem+json.",
                contact = @Contact(name = "Care-leaver pathway suite"),
                license = @License(name = "MIT")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT from the council's identity provider; locally, `bin/suite token ROLE`")
public class NotificationApi extends Application {
}
