package org.leavingcare.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a realistic synthetic caseload into a running suite through its public APIs, so a new user
 * sees alerts, recommendations and overdue lists at once: {@code bin/suite demo-data}.
 *
 * <p>Everything is invented and seeded (the same seed gives the same caseload): young people across
 * every care-leaver category and age from 14 to 22, some disabled, some unaccompanied asylum-seeking,
 * some with complex needs; care episodes; needs assessments, most on time and some late or missing;
 * immigration and adult-transition facts; personal advisers in two teams; allocations, contacts and
 * rights explained for some. Case references start with {@code DEMO-}, so a second run updates the
 * same young people and advisers rather than adding more, and leaves earlier allocations, contacts
 * and explanations as they are.
 */
public final class DemoData {

    static final String[] GIVEN = {"Ash", "Bailey", "Cameron", "Dakota", "Eden", "Finley", "Gray", "Harley",
            "Indigo", "Jules", "Kai", "Lennon", "Marley", "Nico", "Oakley", "Peyton", "Quinn", "Rowan", "Sasha",
            "Tate", "Umi", "Vale", "Wren", "Yael", "Zuri"};
    static final String[] FAMILY = {"Synthwood", "Testbrook", "Mockford", "Samplefield", "Fakenham-Demo",
            "Placeholder", "Exampleton", "Dummerby", "Fixturewell", "Stubbings"};
    static final String[] TEAMS = {"north", "south"};
    static final String[] PLACEMENTS = {"U1", "U3", "U4", "K2", "H5", "R1", "P2"};
    static final String[] SECTIONS = {"HEALTH_AND_DEVELOPMENT", "EDUCATION_TRAINING_EMPLOYMENT",
            "ASYLUM_OR_TRAFFICKING_NEEDS", "FAMILY_AND_CONNECTED_PEOPLE", "FINANCES", "INDEPENDENT_LIVING_SKILLS",
            "CONTINUING_CARE_SUPPORT_ACCOMMODATION", "WISHES_AND_FEELINGS", "VIEWS_OF_OTHERS"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String pathway;
    private final String leaver;
    private final String integrationToken;
    private final String managerToken;
    private final LocalDate today;
    private final Random random;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    DemoData(String pathway, String leaver, PrivateKey key, String issuer, LocalDate today, long seed) throws Exception {
        this.pathway = pathway;
        this.leaver = leaver;
        this.today = today;
        this.random = new Random(seed);
        this.integrationToken = Jwts.token(key, issuer, "demo-cms", List.of("integration"), List.of(), Duration.ofHours(2));
        this.managerToken = Jwts.token(key, issuer, "demo-manager", List.of("manager"), List.of(TEAMS), Duration.ofHours(2));
    }

    public static void main(String[] args) throws Exception {
        String pathway = "http://localhost:8081";
        String leaver = "http://localhost:8082";
        String notification = "http://localhost:8083";
        Path keys = Path.of(".suite/keys");
        String issuer = Jwts.LOCAL_ISSUER;
        int count = 300;
        long seed = 20261125L;
        LocalDate today = LocalDate.now();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pathway" -> pathway = args[++i];
                case "--leaver" -> leaver = args[++i];
                case "--notification" -> notification = args[++i];
                case "--keys" -> keys = Path.of(args[++i]);
                case "--issuer" -> issuer = args[++i];
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--today" -> today = LocalDate.parse(args[++i]);
                default -> {
                    System.err.println("usage: demo-data [--count N] [--seed S] [--today YYYY-MM-DD] "
                            + "[--pathway URL] [--leaver URL] [--notification URL] [--keys DIR]");
                    System.exit(2);
                }
            }
        }
        PrivateKey key = Jwts.readPrivateKey(Files.readString(keys.resolve("privateKey.pem")));
        DemoData demo = new DemoData(pathway, leaver, key, issuer, today, seed);
        demo.load(count);
        System.out.printf(Locale.ROOT, "%nDone: %d requests, %d refused.%n", demo.requests.get(), demo.failures.get());
        System.out.println("Look at:");
        System.out.println("  " + pathway + "/young-people?needsAssessmentStatus=OVERDUE");
        System.out.println("  " + leaver + "/allocations/due");
        System.out.println("  " + notification + "/alerts/summary");
        System.out.println("with  -H \"Authorization: Bearer $(bin/suite token manager --teams north,south)\"");
        if (demo.failures.get() > count / 10) {
            System.exit(1);
        }
    }

    void load(int count) throws Exception {
        loadAdvisers();
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Person p = person(i);
            people.add(p);
            loadIntoPathway(p);
            if (i % 50 == 0) {
                System.out.printf(Locale.ROOT, "  %d young people loaded into pathway-service%n", i);
            }
        }
        System.out.println("Waiting for leaver-service to catch up with pathway-service's change feed...");
        awaitLeaverKnows(people.get(people.size() - 1).caseRef);
        int allocated = 0;
        for (Person p : people) {
            // a second run leaves earlier allocations and explanations as they are
            String known = leaverView(p.caseRef);
            boolean allocatedBefore = known.contains("\"adviserId\":\"");
            boolean explainedBefore = !known.contains("\"entitlementsExplainedOn\":null");
            if (!allocatedBefore && p.ageInMonths >= 17 * 12 + 3 && random.nextInt(100) < 55) {
                // as a team manager would: take the top recommendation that stays within capacity
                String adviser = topRecommendation(p.caseRef);
                if (adviser != null && send("POST", leaver + "/young-people/" + p.caseRef + "/personal-adviser", managerToken,
                        json("adviserId", adviser, "startedOn", p.today.minusDays(30 + random.nextInt(200)),
                                "reason", "demo allocation", "override", null, "overrideReason", null)) < 300) {
                    allocated++;
                    int contacts = random.nextInt(4);
                    for (int c = 0; c < contacts; c++) {
                        send("POST", leaver + "/young-people/" + p.caseRef + "/contacts", managerToken,
                                json("contactOn", p.today.minusDays(7 + random.nextInt(120)),
                                        "kind", random.nextBoolean() ? "FACE_TO_FACE" : "PHONE",
                                        "successful", random.nextInt(10) < 8, "atAccommodation", random.nextBoolean()));
                    }
                }
            }
            if (!explainedBefore && p.ageInMonths >= 16 * 12 + 6 && random.nextInt(100) < 40) {
                send("POST", leaver + "/young-people/" + p.caseRef + "/entitlements-explained", managerToken,
                        json("explainedOn", p.today.minusDays(random.nextInt(90)),
                                "method", random.nextBoolean() ? "CONVERSATION" : "BOOKLET", "acknowledged", true));
            }
        }
        System.out.printf(Locale.ROOT, "  %d allocations with their contacts%n", allocated);
    }

    List<String> loadAdvisers() throws Exception {
        List<String> ids = new ArrayList<>();
        String[][] specialisms = {{"disability"}, {"uasc"}, {"complex-needs"}, {}, {"disability", "complex-needs"}, {}};
        String[][] languages = {{"en"}, {"en", "ar"}, {"en", "ti"}, {"en", "ps"}, {"en"}, {"en", "ku"}};
        for (String team : TEAMS) {
            for (int i = 1; i <= 6; i++) {
                String id = "pa-" + team + "-" + i;
                send("PUT", leaver + "/personal-advisers/" + id, managerToken,
                        json("name", "Demo Adviser " + team + " " + i, "team", team, "capacity", 15 + random.nextInt(10),
                                "languages", List.of(languages[i - 1]), "specialisms", List.of(specialisms[i - 1]),
                                "active", i != 6 || team.equals("north")));
                ids.add(id);
            }
        }
        System.out.printf(Locale.ROOT, "  %d personal advisers in teams north and south%n", ids.size());
        return ids;
    }

    /** One invented young person, with everything decided up front from the seeded random. */
    Person person(int i) {
        Person p = new Person();
        p.caseRef = String.format(Locale.ROOT, "DEMO-%04d", i);
        p.today = today;
        p.ageInMonths = 14 * 12 + 6 + random.nextInt(8 * 12);
        p.dateOfBirth = today.minusMonths(p.ageInMonths).minusDays(random.nextInt(28));
        p.team = TEAMS[random.nextInt(TEAMS.length)];
        p.disabled = random.nextInt(100) < 15;
        p.uasc = !p.disabled && random.nextInt(100) < 12;
        p.complexNeeds = random.nextInt(100) < 10;
        p.likelyAdultCareNeeds = p.disabled && random.nextInt(100) < 60;
        int entryAgeMonths = p.uasc ? 14 * 12 + random.nextInt(30) : 10 * 12 + random.nextInt(80);
        p.careStart = p.dateOfBirth.plusMonths(entryAgeMonths);
        if (p.careStart.isAfter(today.minusDays(30))) {
            p.careStart = today.minusDays(30 + random.nextInt(300));
        }
        LocalDate d18 = p.dateOfBirth.plusYears(18);
        if (!d18.isAfter(today)) {
            p.careEnd = random.nextInt(100) < 80 ? d18 : p.dateOfBirth.plusYears(16).plusMonths(6 + random.nextInt(15));
        } else if (p.ageInMonths > 16 * 12 + 6 && random.nextInt(100) < 20) {
            p.careEnd = p.dateOfBirth.plusYears(16).plusMonths(3 + random.nextInt(Math.max(1, p.ageInMonths - 16 * 12 - 3)));
            if (!p.careEnd.isBefore(today)) {
                p.careEnd = null;
            }
        }
        if (p.careEnd != null && !p.careEnd.isAfter(p.careStart)) {
            p.careEnd = null;
        }
        return p;
    }

    void loadIntoPathway(Person p) throws Exception {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String base = pathway + "/young-people/" + p.caseRef;
        send("PUT", base, integrationToken, json(
                "givenName", given, "familyName", family, "dateOfBirth", p.dateOfBirth,
                "gender", random.nextBoolean() ? "FEMALE" : "MALE", "team", p.team,
                "socialWorker", "sw-" + p.team + "-" + (1 + random.nextInt(8)),
                "reviewingOfficer", "iro-" + (1 + random.nextInt(6)),
                "disabled", p.disabled, "disabilityCodes", p.disabled ? List.of(random.nextBoolean() ? "LD" : "AUT") : List.of(),
                "likelyAdultCareNeeds", p.likelyAdultCareNeeds, "ehcp", p.disabled && random.nextBoolean(),
                "uasc", p.uasc, "complexNeeds", p.complexNeeds,
                "complexNeedsReason", p.complexNeeds ? "demo: several placement moves" : null));
        String legalStatus = p.uasc ? "V2" : (random.nextInt(100) < 70 ? "C2" : "V2");
        String episode = json("start", p.careStart, "end", p.careEnd, "legalStatus", legalStatus,
                "placementType", PLACEMENTS[random.nextInt(PLACEMENTS.length)],
                "reasonCeased", p.careEnd == null ? null : (p.careEnd.equals(p.dateOfBirth.plusYears(18)) ? "E17" : "E8"));
        send("PUT", base + "/care-episodes", integrationToken, "{\"episodes\": [" + episode + "]}");

        LocalDate d16 = p.dateOfBirth.plusYears(16);
        LocalDate due = (p.careStart.isAfter(d16) ? p.careStart.plusDays(91) : d16).plusMonths(3);
        boolean assessed = due.minusMonths(2).isBefore(today) && random.nextInt(100) < 75;
        if (assessed) {
            LocalDate completedOn = due.plusDays(random.nextInt(100) < 80 ? -random.nextInt(40) : random.nextInt(60));
            if (completedOn.isAfter(today)) {
                completedOn = today;
            }
            LocalDate startedOn = completedOn.minusDays(20);
            String location = created("POST", base + "/needs-assessments", integrationToken, json("startedOn", startedOn));
            if (location != null) {
                for (String section : SECTIONS) {
                    if (!section.equals("ASYLUM_OR_TRAFFICKING_NEEDS") || p.uasc) {
                        send("PUT", location + "/sections/" + section, integrationToken,
                                json("summary", "Demo assessment notes for " + section.toLowerCase(Locale.ROOT).replace('_', ' ') + "."));
                    }
                }
                send("POST", location + "/completion", integrationToken, json("riskRating",
                        random.nextBoolean() ? "LOW" : "MEDIUM", "narrative", "Demo assessment.", "completedOn", completedOn));
            }
        }
        if (p.uasc) {
            LocalDate identified = p.careStart;
            LocalDate seventeenAndAHalf = p.dateOfBirth.plusYears(17).plusMonths(6);
            LocalDate expiry = identified.plusMonths(30).isBefore(seventeenAndAHalf) ? identified.plusMonths(30) : seventeenAndAHalf;
            boolean solicitor = random.nextInt(100) < 50;
            LocalDate solicitorOn = solicitor ? minDate(today, expiry.minusMonths(5)) : null;
            if (solicitorOn != null && solicitorOn.isBefore(identified)) {
                solicitorOn = identified;
            }
            send("PUT", base + "/immigration", integrationToken, json(
                    "status", random.nextInt(100) < 70 ? "UASC_LEAVE" : "ASYLUM_CLAIM_PENDING",
                    "firstIdentifiedOn", identified,
                    "riskAssessmentCompletedOn", random.nextInt(100) < 75 ? identified : null,
                    "leaveExpiresOn", expiry,
                    "solicitorInstructedOn", solicitorOn,
                    "furtherLeaveApplicationMadeOn", null, "ageDisputed", false, "ageAssessmentOutcome", null));
        }
        if (p.disabled) {
            LocalDate referral = p.ageInMonths > 16 * 12 + 2 && random.nextBoolean()
                    ? minDate(today, p.dateOfBirth.plusYears(16).plusMonths(random.nextInt(12))) : null;
            send("PUT", base + "/adult-transition", integrationToken, json(
                    "likelyAdultCareNeeds", p.likelyAdultCareNeeds, "ehcp", null,
                    "referredToAdultSocialCareOn", referral, "careActAssessmentCompletedOn", null,
                    "adultServicesDecision", null, "adultServicesDecisionOn", null,
                    "leadWorker", "cwd-" + (1 + random.nextInt(4))));
        }
    }

    String leaverView(String caseRef) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpResponse<String> r = exchange(request("GET", leaver + "/young-people/" + caseRef, managerToken, null));
        return r.statusCode() == 200 ? r.body() : "";
    }

    String topRecommendation(String caseRef) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpResponse<String> r = exchange(request("GET", leaver + "/young-people/" + caseRef
                + "/personal-adviser/recommendations", managerToken, null));
        Matcher m = Pattern.compile("\"adviserId\":\"([^\"]+)\"[^}]*\"withinCapacity\":true").matcher(r.body());
        return r.statusCode() == 200 && m.find() ? m.group(1) : null;
    }

    void awaitLeaverKnows(String caseRef) throws Exception {
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> r = exchange(request("GET", leaver + "/young-people/" + caseRef, managerToken, null));
            if (r.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        System.err.println("leaver-service did not see the young people within a minute; is it polling pathway-service?");
    }

    int send(String method, String url, String token, String body) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpResponse<String> response = exchange(request(method, url, token, body));
        if (response.statusCode() >= 300) {
            failures.incrementAndGet();
            System.err.printf(Locale.ROOT, "  %s %s -> %d %s%n", method, url, response.statusCode(),
                    response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
        }
        return response.statusCode();
    }

    /** Sends a create and returns the absolute Location of what was created, or null. */
    String created(String method, String url, String token, String body) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpResponse<String> response = exchange(request(method, url, token, body));
        if (response.statusCode() >= 300) {
            failures.incrementAndGet();
            System.err.printf(Locale.ROOT, "  %s %s -> %d %s%n", method, url, response.statusCode(), response.body());
            return null;
        }
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
            return m.find() ? url + "/" + m.group(1) : null;
        }
        return URI.create(url).resolve(location).toString();
    }

    /**
     * Sends a request, waiting and retrying while the service answers 429 (its rate limit,
     * docs/access-and-audit.md) for as long as its Retry-After says.
     */
    HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 || attempt == 20) {
                return response;
            }
            long seconds = response.headers().firstValue("Retry-After").map(DemoData::seconds).orElse(1L);
            Thread.sleep(Math.min(Math.max(seconds, 1), 30) * 1000);
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    HttpRequest request(String method, String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A JSON object from alternating names and values (strings, numbers, booleans, dates, lists, null). */
    static String json(Object... namesAndValues) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.add(Jwts.quote((String) namesAndValues[i]) + ": " + value(namesAndValues[i + 1]));
        }
        return out.toString();
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean || v instanceof Number) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            list.forEach(item -> out.add(value(item)));
            return out.toString();
        }
        return Jwts.quote(v.toString());
    }

    static final class Person {
        String caseRef;
        LocalDate today;
        int ageInMonths;
        LocalDate dateOfBirth;
        String team;
        boolean disabled;
        boolean uasc;
        boolean complexNeeds;
        boolean likelyAdultCareNeeds;
        LocalDate careStart;
        LocalDate careEnd;
    }
}
