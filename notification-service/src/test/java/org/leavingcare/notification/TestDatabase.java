package org.leavingcare.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.leavingcare.testsupport.PostgresTestResource;

/** Every {@code @QuarkusTest} in this module runs against a fresh database on a real PostgreSQL. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
public final class TestDatabase {
    private TestDatabase() {
    }
}
