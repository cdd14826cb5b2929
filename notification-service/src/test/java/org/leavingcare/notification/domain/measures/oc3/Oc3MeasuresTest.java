package org.leavingcare.notification.domain.measures.oc3;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DfE care-leaver indicators: every code, the exclusions, and a cohort counted by hand. */
class Oc3MeasuresTest {

    static final double EXACT = 1e-9;

    static Oc3Tally one(String inTouch, String activity, String accommodation) {
        return Oc3Measures.compute(List.of(Oc3Record.of("CR-O1", 19, inTouch, activity, accommodation)))
                .bands().get(AgeBand.AGED_19_TO_21);
    }

    @ParameterizedTest(name = "IN_TOUCH {0}: in touch {1}")
    @CsvSource(nullValues = "-", value = {
            "YES,  1, 0, 0, 0, 0",
            "yes,  1, 0, 0, 0, 0",   // read in any case
            "NO,   0, 1, 0, 0, 0",
            "REFU, 0, 0, 1, 0, 0",
            "NREQ, 0, 0, 0, 1, 0",
            "MAYBE, 0, 0, 0, 0, 1",  // not a code: counted, as not known
            "-,    0, 0, 0, 0, 1"
    })
    void eachInTouchCode(String code, int inTouch, int notInTouch, int refuses, int noLongerRequires, int notKnown) {
        Oc3Tally t = one(code, "F1", "U1");
        assertEquals(1, t.cohort());
        assertEquals(List.of(inTouch, notInTouch, refuses, noLongerRequires, notKnown),
                List.of(t.inTouch(), t.notInTouch(), t.refusesContact(), t.noLongerRequiresServices(), t.inTouchNotKnown()));
    }

    @ParameterizedTest(name = "ACTIV {0}: EET {1}, NEET {2}")
    @CsvSource(nullValues = "-", value = {
            "F1, 1, 0, 0", "P1, 1, 0, 0", "F2, 1, 0, 0", "P2, 1, 0, 0",
            "F4, 1, 0, 0", "P4, 1, 0, 0", "F5, 1, 0, 0", "P5, 1, 0, 0",
            "F3, 1, 0, 0", "P3, 1, 0, 0",   // legacy training or employment
            "G4, 0, 1, 0", "G5, 0, 1, 0", "G6, 0, 1, 0",
            "0,  0, 0, 1", "F6, 0, 0, 1", "-, 0, 0, 1"
    })
    void eachActivityCode(String code, int eet, int neet, int notKnown) {
        Oc3Tally t = one("NO", code, "0");
        assertEquals(List.of(eet, neet, notKnown),
                List.of(t.inEducationEmploymentOrTraining(), t.notInEducationEmploymentOrTraining(), t.activityNotKnown()));
    }

    @ParameterizedTest(name = "ACCOM {0}: suitable {1}, unsuitable {2}")
    @CsvSource(nullValues = "-", value = {
            "B1, 1, 0, 0", "B2, 0, 1, 0", "C1, 1, 0, 0", "D1, 1, 0, 0", "E1, 1, 0, 0", "G1, 1, 0, 0", "H2, 0, 1, 0",
            "K1, 1, 0, 0", "R1, 1, 0, 0", "T1, 1, 0, 0", "U1, 1, 0, 0", "U2, 0, 1, 0", "V1, 1, 0, 0", "W2, 0, 1, 0",
            "Y1, 1, 0, 0", "Z1, 1, 0, 0", "Z2, 0, 1, 0",
            "S2, 0, 1, 0", "X2, 0, 1, 0",
            "S1, 0, 0, 1",   // no fixed abode cannot be suitable (rule 133)
            "X1, 0, 0, 1",   // nor custody
            "0,  0, 0, 1", "U3, 0, 0, 1", "A1, 0, 0, 1", "U, 0, 0, 1", "-, 0, 0, 1"
    })
    void eachAccommodationCode(String code, int suitable, int unsuitable, int notKnown) {
        Oc3Tally t = one("YES", "F1", code);
        assertEquals(List.of(suitable, unsuitable, notKnown),
                List.of(t.suitableAccommodation(), t.unsuitableAccommodation(), t.accommodationNotKnown()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "aged 16,                         16, YES,  false, false, false, false, NOT_AGED_17_TO_21",
            "aged 22,                         22, YES,  false, false, false, false, NOT_AGED_17_TO_21",
            "17 and looked after on the day,  17, YES,  true,  false, false, false, STILL_LOOKED_AFTER",
            "18 and ceased after the day,     18, YES,  false, true,  false, false, STILL_LOOKED_AFTER",
            "19 and looked after on the day,  19, YES,  true,  false, false, false, -",
            "short breaks only,               20, YES,  false, false, true,  false, SHORT_BREAKS_ONLY",
            "care transferred,                21, YES,  false, false, false, true,  CARE_TRANSFERRED",
            "died,                            19, DIED, false, false, false, false, DIED",
            "returned home,                   19, RHOM, false, false, false, false, RETURNED_HOME",
            "in the cohort,                   21, NO,   false, false, false, false, -"
    })
    void exclusions(String label, int age, String inTouch, boolean lookedAfter, boolean ceasedAfter, boolean shortBreaks,
                    boolean transferred, Oc3Exclusion expected) {
        Oc3Record r = new Oc3Record("CR-O2", age, inTouch, "0", "0", lookedAfter, ceasedAfter, shortBreaks, transferred);
        assertEquals(expected, Oc3Measures.exclusion(r));
    }

    @Test
    void aCohortCountedByHand() {
        List<Oc3Record> records = List.of(
                Oc3Record.of("CR-1", 17, "YES", "F2", "D1"),   // 17-18: in touch, EET, suitable
                Oc3Record.of("CR-2", 18, "YES", "G5", "W2"),   // 17-18: in touch, NEET, unsuitable
                Oc3Record.of("CR-3", 18, "NO", "0", "0"),      // 17-18: not in touch, nothing known
                new Oc3Record("CR-4", 17, "YES", "F2", "E1", true, false, false, false), // still looked after: out
                Oc3Record.of("CR-5", 19, "YES", "F1", "U1"),   // 19-21: in touch, EET, suitable
                Oc3Record.of("CR-6", 20, "NO", "P5", "0"),     // 19-21: not in touch, EET from a third party
                Oc3Record.of("CR-7", 21, "REFU", "0", "0"),    // 19-21: refuses contact
                Oc3Record.of("CR-8", 21, "NREQ", "G4", "B1"),  // 19-21: no longer requires services, NEET, suitable
                Oc3Record.of("CR-9", 20, "DIED", "0", "0"),    // out
                Oc3Record.of("CR-10", 19, "RHOM", "0", "0"));  // out
        Oc3Report report = Oc3Measures.compute(records);

        Oc3Tally young = report.bands().get(AgeBand.AGED_17_TO_18);
        assertEquals(3, young.cohort());
        assertEquals(2.0 / 3, young.inTouchRate(), EXACT);
        assertEquals(1.0 / 3, young.educationEmploymentOrTrainingRate(), EXACT);
        assertEquals(1.0 / 3, young.suitableAccommodationRate(), EXACT);

        Oc3Tally older = report.bands().get(AgeBand.AGED_19_TO_21);
        assertEquals(4, older.cohort());
        assertEquals(List.of(1, 1, 1, 1), List.of(older.inTouch(), older.notInTouch(), older.refusesContact(),
                older.noLongerRequiresServices()));
        assertEquals(0.25, older.inTouchRate(), EXACT);
        assertEquals(0.5, older.educationEmploymentOrTrainingRate(), EXACT);
        assertEquals(0.5, older.suitableAccommodationRate(), EXACT);
        // suitable U1, B1 of the two whose accommodation is known
        assertEquals(1.0, older.suitableAmongKnownRate(), EXACT);
        assertEquals(0.5, young.suitableAmongKnownRate(), EXACT);

        assertEquals(2, report.ages().get(18).cohort());
        assertEquals(1, report.ages().get(17).cohort());
        assertEquals(0, report.ages().get(20).inTouch());
        assertEquals(Map.of(Oc3Exclusion.STILL_LOOKED_AFTER, 1, Oc3Exclusion.DIED, 1, Oc3Exclusion.RETURNED_HOME, 1),
                report.excluded());
    }

    @Test
    void anEmptyCohortHasNoRates() {
        Oc3Tally t = Oc3Measures.compute(List.of()).bands().get(AgeBand.AGED_19_TO_21);
        assertEquals(0, t.cohort());
        assertNull(t.inTouchRate());
        assertNull(t.educationEmploymentOrTrainingRate());
        assertNull(t.suitableAccommodationRate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "valid,                         19, YES,  F1, U1, -",
            "bad in touch,                  19, OK,   F1, U1, 131",
            "bad activity,                  19, NO,   X9, 0,  132",
            "legacy activity,               19, YES,  F3, U1, 132",
            "bad accommodation,             19, YES,  F1, S1, 133",
            "died with an activity,         19, DIED, F1, 0,  344",
            "returned home with a home,     19, RHOM, 0,  U1, 344",
            "in touch with nothing,         19, YES,  0,  U1, 345",
            "former foster carer at 17,     17, YES,  F2, Z1, 3001",
            "former foster carer at 18,     18, YES,  F2, Z1, -",
            "foyer at 18,                   18, YES,  F2, T1, 347",
            "foyer at 19,                   19, YES,  F2, T1, -",
            "aged 22,                       22, YES,  F1, U1, 391"
    })
    void validatorChecks(String label, int age, String inTouch, String activity, String accommodation, String rule) {
        List<Oc3Issue> issues = Oc3Checks.of(Oc3Record.of("CR-V1", age, inTouch, activity, accommodation));
        if (rule == null) {
            assertTrue(issues.isEmpty(), "expected no issue, found " + issues);
        } else {
            assertEquals(List.of(rule), issues.stream().map(Oc3Issue::rule).toList());
        }
    }

    @Test
    void aRecordWithIssuesIsStillCountedAndItsIssuesReported() {
        Oc3Report report = Oc3Measures.compute(List.of(Oc3Record.of("CR-V2", 20, "YES", "0", "0")));
        assertEquals(1, report.bands().get(AgeBand.AGED_19_TO_21).cohort());
        assertEquals(List.of(new Oc3Issue("CR-V2", "345", "IN_TOUCH is YES, so ACTIV and ACCOM must not be 0")), report.issues());
    }
}
