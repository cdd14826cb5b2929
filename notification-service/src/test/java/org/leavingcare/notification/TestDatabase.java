package org.leavingcare.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.leavingcare.testsupport.PostgresTestResource;

/**
 * Every {@code @QuarkusTest} in this module runs against a fresh database on a real PostgreSQL, with
 * fakes of the change feeds it consumes ({@link FakeFeeds}).
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(FakeFeeds.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
