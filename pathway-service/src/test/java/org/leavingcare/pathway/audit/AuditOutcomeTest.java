package org.leavingcare.pathway.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/access-and-audit.md, "Audit": the outcome recorded for each status actually sent. */
class AuditOutcomeTest {

    @ParameterizedTest
    @CsvSource({
            "200, SUCCESS", "201, SUCCESS", "204, SUCCESS", "304, SUCCESS", "399, SUCCESS",
            "400, REJECTED", "401, REJECTED", "403, DENIED", "404, NOT_FOUND", "409, REJECTED", "412, REJECTED",
            "413, REJECTED", "422, REJECTED", "429, REJECTED", "499, REJECTED",
            "500, FAILED", "503, FAILED", "599, FAILED"})
    void outcomeOfStatus(int status, String outcome) {
        assertEquals(outcome, AuditLog.outcome(status));
    }
}
