package org.leavingcare.leaver;

import io.quarkus.test.common.QuarkusTestResource;

/** Every {@code @QuarkusTest} in this module reads pathway-service from {@link FakePathway}. */
@QuarkusTestResource(FakePathway.class)
public final class TestPathway {
    private TestPathway() {
    }
}
