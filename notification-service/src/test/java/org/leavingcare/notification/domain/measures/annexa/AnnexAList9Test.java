package org.leavingcare.notification.domain.measures.annexa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.notification.domain.measures.oc3.Accommodation;
import org.leavingcare.notification.domain.measures.oc3.Activity;
import org.leavingcare.notification.domain.measures.oc3.InTouch;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Annex A List 9: the exact headings, the code sets, the dates, RFC 4180 quoting and what cannot be filled. */
class AnnexAList9Test {

    static final String HEADING_LINE = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
            + "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N),"
            + "Does the Child have a Disability,Allocated Team,Allocated Worker,Allocated Personal Advisor,"
            + "Eligibility Category,Latest Pathway Plan Review Date,LA in Touch,Latest Date of Contact,"
            + "Type of Accommodation,Suitability of Accommodation,Activity Status";

    static List9Entry complete() {
        return new List9Entry("CR-AA1", AnnexAGender.FEMALE, "MWBA", LocalDate.parse("2007-03-09"), 19, true, false,
                "Leaving Care North", "Rennick Osgood", "Talwyn Prue", List9Eligibility.FORMER_RELEVANT,
                LocalDate.parse("2026-01-05"), InTouch.YES, LocalDate.parse("2026-02-17"),
                Accommodation.parse("U1").orElseThrow(), Activity.F2);
    }

    @Test
    void theHeadingsAreExactlyAnnexAs() {
        // liia-tools Annex_A_schema.yml (Feb 2024), List 9, in order
        assertEquals(List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
                "Does the Child have a Disability", "Allocated Team", "Allocated Worker", "Allocated Personal Advisor",
                "Eligibility Category", "Latest Pathway Plan Review Date", "LA in Touch", "Latest Date of Contact",
                "Type of Accommodation", "Suitability of Accommodation", "Activity Status"), AnnexAList9.HEADINGS);
    }

    @Test
    void theCsvStartsWithTheHeadingsOnOneRecordQuotingTheOneWithACommaAndEndsRecordsWithCrlf() {
        String csv = AnnexAList9.csv(List.of());
        assertEquals("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
                + "\"Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)\","
                + "Does the Child have a Disability,Allocated Team,Allocated Worker,Allocated Personal Advisor,"
                + "Eligibility Category,Latest Pathway Plan Review Date,LA in Touch,Latest Date of Contact,"
                + "Type of Accommodation,Suitability of Accommodation,Activity Status\r\n", csv);
        assertEquals(HEADING_LINE.replace("(UASC), or", "(UASC)| or").split(",").length, AnnexAList9.HEADINGS.size());
    }

    @Test
    void aCompleteRowInAnnexAsCodes() {
        List9Row row = AnnexAList9.row(complete());
        assertEquals(List.of("CR-AA1", "b) Female", "g) MWBA", "09/03/2007", "19", "a) Yes", "b) No",
                "Leaving Care North", "Rennick Osgood", "Talwyn Prue", "b) Former relevant child", "05/01/2026",
                "a) Yes", "17/02/2026", "U: Independent living", "a) Suitable",
                "F2: Full time in education other than higher"), row.cells());
        assertTrue(row.issues().isEmpty(), row.issues().toString());
        assertEquals("CR-AA1,b) Female,g) MWBA,09/03/2007,19,a) Yes,b) No,Leaving Care North,Rennick Osgood,Talwyn Prue,"
                + "b) Former relevant child,05/01/2026,a) Yes,17/02/2026,U: Independent living,a) Suitable,"
                + "F2: Full time in education other than higher\r\n", AnnexAList9.csv(List.of(row)).split("\r\n", 2)[1]);
    }

    @ParameterizedTest(name = "ethnicity {0} is {1}")
    @CsvSource({"WBRI, a) WBRI", "wiri, b) WIRI", "MOTH, i) MOTH", "AIND, j) AIND", "OOTH, r) OOTH", "REFU, s) REFU", "NOBT, t) NOBT"})
    void ethnicityCodesTakeAnnexAsLetters(String code, String cell) {
        List9Entry e = complete();
        List9Entry with = new List9Entry(e.childUniqueId(), e.gender(), code, e.dateOfBirth(), e.ageYears(), e.uasc(),
                e.disabled(), e.allocatedTeam(), e.allocatedWorker(), e.allocatedPersonalAdviser(), e.eligibility(),
                e.latestPathwayPlanReviewOn(), e.inTouch(), e.latestContactOn(), e.accommodation(), e.activity());
        assertEquals(cell, AnnexAList9.row(with).cells().get(2));
    }

    @ParameterizedTest(name = "{0}{1} is {2} / {3}")
    @CsvSource({
            "B, 1, B: Parents/relatives, a) Suitable",
            "C, 2, C: Community home/residential care, b) Unsuitable",
            "D, 1, 'D: Semi-independent, transitional accommodation and self-contained accommodation', a) Suitable",
            "S, 2, S: No fixed abode/homeless, b) Unsuitable",
            "X, 2, X: In custody, b) Unsuitable",
            "Z, 1, Z: With former foster carers, a) Suitable"
    })
    void accommodationIsSplitIntoTypeAndSuitability(String type, String digit, String typeCell, String suitabilityCell) {
        List9Entry e = complete();
        List9Entry with = new List9Entry(e.childUniqueId(), e.gender(), e.ethnicity(), e.dateOfBirth(), e.ageYears(), e.uasc(),
                e.disabled(), e.allocatedTeam(), e.allocatedWorker(), e.allocatedPersonalAdviser(), e.eligibility(),
                e.latestPathwayPlanReviewOn(), e.inTouch(), e.latestContactOn(),
                Accommodation.parse(type + digit).orElseThrow(), e.activity());
        List<String> cells = AnnexAList9.row(with).cells();
        assertEquals(List.of(typeCell, suitabilityCell), cells.subList(14, 16));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"YES, a) Yes", "NO, b) No", "DIED, c) Died", "REFU, d) Refu", "NREQ, e) NREQ", "RHOM, f) Rhom"})
    void inTouchCodes(InTouch inTouch, String cell) {
        List9Entry e = complete();
        List9Entry with = new List9Entry(e.childUniqueId(), e.gender(), e.ethnicity(), e.dateOfBirth(), e.ageYears(), e.uasc(),
                e.disabled(), e.allocatedTeam(), e.allocatedWorker(), e.allocatedPersonalAdviser(), e.eligibility(),
                e.latestPathwayPlanReviewOn(), inTouch, e.latestContactOn(), e.accommodation(), e.activity());
        assertEquals(cell, AnnexAList9.row(with).cells().get(12));
    }

    @Test
    void whatTheSuiteDoesNotKnowIsLeftBlankAndReportedWhereAnnexAExpectsAValue() {
        List9Entry sparse = new List9Entry("CR-AA2", null, null, LocalDate.parse("2009-11-30"), 16, false, null,
                "Leaving Care North", null, null, List9Eligibility.ELIGIBLE, null, null, null, null, null);
        List9Row row = AnnexAList9.row(sparse);
        assertEquals(List.of("CR-AA2", "", "", "30/11/2009", "16", "b) No", "c) Unknown", "Leaving Care North", "", "",
                "d) Eligible child", "", "", "", "", "", ""), row.cells());
        assertEquals(List.of("Gender", "Ethnicity", "Allocated Worker", "Allocated Personal Advisor", "LA in Touch"),
                row.issues().stream().map(List9Issue::heading).toList());
    }

    @Test
    void anUnknownEthnicityCodeIsReportedNotWritten() {
        List9Entry e = new List9Entry("CR-AA3", AnnexAGender.MALE, "XXXX", LocalDate.parse("2006-01-01"), 20, false, false,
                "t", "w", "p", List9Eligibility.FORMER_RELEVANT, null, InTouch.NO, null, null, Activity.P3);
        List9Row row = AnnexAList9.row(e);
        assertEquals("", row.cells().get(2));
        assertEquals(List.of("not a CIN/SSDA903 ethnicity code", "activity P3 is a legacy code"),
                row.issues().stream().map(List9Issue::message).toList());
        assertEquals("P3: Part time in training or employment", row.cells().get(16));
    }

    @Test
    void freeTextThatWouldRunAsAFormulaIsEscaped() {
        assertEquals("'=HYPERLINK(\"x\")", AnnexAList9.freeText("=HYPERLINK(\"x\")"));
        assertEquals("'+1", AnnexAList9.freeText("+1"));
        assertEquals("'@team", AnnexAList9.freeText("@team"));
        assertEquals("Leaving Care - North", AnnexAList9.freeText("Leaving Care - North"));
    }

    @Test
    void fieldsAreQuotedAsRfc4180Says() {
        assertEquals("plain", Rfc4180Csv.field("plain"));
        assertEquals("\"North, East\"", Rfc4180Csv.field("North, East"));
        assertEquals("\"the \"\"Hub\"\"\"", Rfc4180Csv.field("the \"Hub\""));
        assertEquals("\"two\nlines\"", Rfc4180Csv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", Rfc4180Csv.field("cr\rhere"));
        assertEquals("", Rfc4180Csv.field(null));
        StringBuilder out = new StringBuilder();
        Rfc4180Csv.writeRecord(out, java.util.Arrays.asList("a", null, "b,c"));
        assertEquals("a,,\"b,c\"\r\n", out.toString());
    }
}
