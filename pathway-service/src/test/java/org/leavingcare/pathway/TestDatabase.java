package org.leavingcare.pathway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.leavingcare.testsupport.PostgresTestResource;

/**
 * Every {@code @QuarkusTest} in this module runs against a fresh database on a real PostgreSQL, with a fake
 * leaver-service feed on a loopback port (empty unless a test publishes to it).
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "pathway"))
@QuarkusTestResource(FakeLeaver.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
