package org.leavingcare.leaver.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseloadWeightingTest {

    final CaseloadWeighting weighting = new CaseloadWeighting(LeaverPolicy.defaults());

    @ParameterizedTest(name = "complex {0}, disabled {1}, uasc {2}, custody {3}, parent {4}: {5}")
    @CsvSource({
            "false, false, false, false, false, 1",
            "true,  false, false, false, false, 3",
            "false, true,  false, false, false, 2",
            "false, false, true,  false, false, 2",
            "false, false, false, true,  false, 2",
            "false, false, false, false, true,  2",
            "true,  true,  false, false, false, 4",
            "true,  true,  true,  true,  true,  7",
    })
    void theWeightIsTheBasePlusEachIncrementThatApplies(boolean complex, boolean disabled, boolean uasc,
                                                         boolean custody, boolean parent, int expected) {
        YoungPersonFacts facts = new YoungPersonFacts(LocalDate.of(2010, 5, 14), "north", disabled, uasc, complex,
                custody, parent, List.of(), List.of());
        assertEquals(expected, weighting.weight(facts));
    }
}
