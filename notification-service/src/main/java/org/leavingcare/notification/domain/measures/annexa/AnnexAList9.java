package org.leavingcare.notification.domain.measures.annexa;

import org.leavingcare.notification.domain.measures.oc3.Accommodation;
import org.leavingcare.notification.domain.measures.oc3.AccommodationType;
import org.leavingcare.notification.domain.measures.oc3.Activity;
import org.leavingcare.notification.domain.measures.oc3.InTouch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ofsted ILACS Annex A, List 9 ("Leaving care services": relevant, former relevant, qualifying and
 * eligible young people), as a CSV with the headings and code sets of the current edition as the public
 * Annex A tools define it: SocialFinanceDigitalLabs/liia-tools {@code liiatools/annex_a_pipeline/spec/
 * Annex_A_schema.yml} (Feb 2024), which matches data-to-insight/ssd-data-model's AnnexA v1.2.0 script
 * column for column. Ofsted's own workbook was not available to check against (docs/measures.md §5).
 * Dates are dd/mm/yyyy.
 */
public final class AnnexAList9 {

    public static final List<String> HEADINGS = List.of(
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
            "Does the Child have a Disability",
            "Allocated Team",
            "Allocated Worker",
            "Allocated Personal Advisor",
            "Eligibility Category",
            "Latest Pathway Plan Review Date",
            "LA in Touch",
            "Latest Date of Contact",
            "Type of Accommodation",
            "Suitability of Accommodation",
            "Activity Status");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The CIN/SSDA903 ethnicity codes with Annex A's letters (the liia-tools schema letters NOBT "s)" twice; SSD's "t)" is used). */
    private static final List<String> ETHNICITIES = List.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    private static final Map<InTouch, String> IN_TOUCH = new EnumMap<>(Map.of(
            InTouch.YES, "a) Yes", InTouch.NO, "b) No", InTouch.DIED, "c) Died", InTouch.REFU, "d) Refu",
            InTouch.NREQ, "e) NREQ", InTouch.RHOM, "f) Rhom"));

    private static final Map<AccommodationType, String> ACCOMMODATION = new EnumMap<>(AccommodationType.class);

    private static final Map<Activity, String> ACTIVITY = new EnumMap<>(Activity.class);

    static {
        ACCOMMODATION.put(AccommodationType.B, "B: Parents/relatives");
        ACCOMMODATION.put(AccommodationType.C, "C: Community home/residential care");
        ACCOMMODATION.put(AccommodationType.D, "D: Semi-independent, transitional accommodation and self-contained accommodation");
        ACCOMMODATION.put(AccommodationType.E, "E: Supported lodgings");
        ACCOMMODATION.put(AccommodationType.G, "G: Abroad");
        ACCOMMODATION.put(AccommodationType.H, "H: Deported");
        ACCOMMODATION.put(AccommodationType.K, "K: Ordinary lodgings, without formal support");
        ACCOMMODATION.put(AccommodationType.R, "R: Residence not known");
        // liia-tools spells it "adobe"; SSD and the SSDA903 guide "abode"
        ACCOMMODATION.put(AccommodationType.S, "S: No fixed abode/homeless");
        ACCOMMODATION.put(AccommodationType.T, "T: Foyers and similar supported accommodation");
        ACCOMMODATION.put(AccommodationType.U, "U: Independent living");
        ACCOMMODATION.put(AccommodationType.V, "V: Emergency accommodation");
        ACCOMMODATION.put(AccommodationType.W, "W: Bed and breakfast");
        ACCOMMODATION.put(AccommodationType.X, "X: In custody");
        ACCOMMODATION.put(AccommodationType.Y, "Y: Other accommodation");
        ACCOMMODATION.put(AccommodationType.Z, "Z: With former foster carers");
        for (Activity a : Activity.values()) {
            ACTIVITY.put(a, a.name() + ": " + a.description());
        }
    }

    private AnnexAList9() {
    }

    public static List9Row row(List9Entry e) {
        String id = e.childUniqueId();
        List<List9Issue> issues = new ArrayList<>();
        List<String> cells = new ArrayList<>(HEADINGS.size());
        cells.add(required(issues, id, 0, freeText(id)));
        cells.add(required(issues, id, 1, e.gender() == null ? null : e.gender().code()));
        String ethnicity = ethnicity(issues, id, e.ethnicity());
        boolean ethnicityRecorded = e.ethnicity() != null && !e.ethnicity().isBlank();
        // an unrecognised code is reported once, as such, not also as missing
        cells.add(ethnicity == null && ethnicityRecorded ? "" : required(issues, id, 2, ethnicity));
        cells.add(required(issues, id, 3, date(e.dateOfBirth())));
        cells.add(e.ageYears() == null ? "" : Integer.toString(e.ageYears()));
        cells.add(yesNo(e.uasc()));
        cells.add(e.disabled() == null ? "c) Unknown" : yesNo(e.disabled()));
        cells.add(required(issues, id, 7, freeText(e.allocatedTeam())));
        cells.add(required(issues, id, 8, freeText(e.allocatedWorker())));
        cells.add(required(issues, id, 9, freeText(e.allocatedPersonalAdviser())));
        cells.add(required(issues, id, 10, e.eligibility() == null ? null : e.eligibility().code()));
        cells.add(date(e.latestPathwayPlanReviewOn()));
        cells.add(required(issues, id, 12, e.inTouch() == null ? null : IN_TOUCH.get(e.inTouch())));
        cells.add(date(e.latestContactOn()));
        Accommodation accommodation = e.accommodation();
        cells.add(accommodation == null ? "" : ACCOMMODATION.get(accommodation.type()));
        cells.add(accommodation == null ? "" : accommodation.suitable() ? "a) Suitable" : "b) Unsuitable");
        Activity activity = e.activity();
        if (activity != null && activity.legacy()) {
            issues.add(new List9Issue(id, HEADINGS.get(16), "activity " + activity + " is a legacy code"));
        }
        cells.add(activity == null ? "" : ACTIVITY.get(activity));
        return new List9Row(cells, issues);
    }

    /** The list as CSV: the headings, then one record per row. */
    public static String csv(Collection<List9Row> rows) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 256);
        write(out, rows);
        return out.toString();
    }

    public static void write(Appendable out, Collection<List9Row> rows) {
        Rfc4180Csv.writeRecord(out, HEADINGS);
        for (List9Row row : rows) {
            Rfc4180Csv.writeRecord(out, row.cells());
        }
    }

    private static String required(List<List9Issue> issues, String id, int column, String value) {
        if (value == null || value.isEmpty()) {
            issues.add(new List9Issue(id, HEADINGS.get(column), "not known to the suite; Annex A expects a value"));
            return "";
        }
        return value;
    }

    private static String ethnicity(List<List9Issue> issues, String id, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        int index = ETHNICITIES.indexOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        if (index < 0) {
            issues.add(new List9Issue(id, HEADINGS.get(2), "not a CIN/SSDA903 ethnicity code"));
            return null;
        }
        return (char) ('a' + index) + ") " + ETHNICITIES.get(index);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "a) Yes" : "b) No";
    }

    private static String date(LocalDate day) {
        return day == null ? null : DATE.format(day);
    }

    /**
     * A name or team typed into the case-management system must not run as a formula when the list is
     * opened in a spreadsheet (OWASP CSV injection): a leading =, +, -, @, tab or CR is escaped with a quote.
     */
    static String freeText(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
