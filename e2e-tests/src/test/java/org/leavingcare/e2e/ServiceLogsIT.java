package org.leavingcare.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: logs never contain a young person's name or date of birth. This module runs last in the
 * reactor, so by now every service module has run its whole test suite and written its log to
 * {@code <module>/target/test-logs/} (each service's {@code %test} profile). Every synthetic name and
 * date of birth that any test sends is collected from the test sources and looked for in those logs.
 */
class ServiceLogsIT {

    static final List<String> MODULES = List.of("pathway-service", "leaver-service", "notification-service");

    /** {@code "givenName": "Alex"} in JSON text, {@code \"givenName\": \"Alex\"} in Java strings, {@code "givenName", "Alex"} in maps. */
    static final Pattern NAME = Pattern.compile("(?:given|family)Name\\\\?\"\\s*[:,]\\s*\\\\?\"([^\"\\\\]+)");
    /**
     * Dates of birth are often built in code, so every date literal before 2014 in a test source counts: the
     * tests run in 2026, so those are the birthdays and early care histories of synthetic young people, and
     * no log line has any business carrying one.
     */
    static final Pattern DATE_OF_BIRTH = Pattern.compile("(?<![0-9])((?:199[0-9]|200[0-9]|201[0-3])-[01][0-9]-[0-3][0-9])(?![0-9])");

    @Test
    void noServiceModuleLoggedANameOrADateOfBirthInTheWholeTestRun() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Set<String> names = new TreeSet<>();
        Set<String> datesOfBirth = new TreeSet<>();
        for (Path source : testSources(root)) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            collect(NAME, text, names);
            collect(DATE_OF_BIRTH, text, datesOfBirth);
        }
        // A one- or two-letter "name" (tests send "T" and "P" where the name does not matter) would match
        // anything; the rest are matched as whole words, case-sensitively.
        names.removeIf(name -> name.strip().length() < 3);
        assertTrue(names.size() >= 5, "found the names the tests send: " + names);
        assertTrue(datesOfBirth.size() >= 20, "found the dates of birth the tests send: " + datesOfBirth.size());

        List<String> findings = new ArrayList<>();
        long bytes = 0;
        for (String module : MODULES) {
            List<Path> logs = logsOf(root.resolve(module).resolve("target/test-logs"));
            assertFalse(logs.isEmpty(), module + " wrote no log to target/test-logs: run the whole build "
                    + "(./mvnw verify), which runs every module's tests before this one");
            for (Path log : logs) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                bytes += text.length();
                for (String name : names) {
                    if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name.strip()) + "(?![A-Za-z])").matcher(text).find()) {
                        findings.add(root.relativize(log) + " contains the synthetic name '" + name + "'");
                    }
                }
                for (String date : datesOfBirth) {
                    if (text.contains(date)) {
                        findings.add(root.relativize(log) + " contains the synthetic date of birth " + date);
                    }
                }
                for (String field : List.of("givenName", "familyName", "dateOfBirth")) {
                    if (text.contains(field)) {
                        findings.add(root.relativize(log) + " mentions " + field + ": a request or record was logged");
                    }
                }
            }
        }
        System.out.printf("log check: %d names and %d dates of birth looked for in %,d characters of test logs%n",
                names.size(), datesOfBirth.size(), bytes);
        assertEquals(List.of(), findings);
    }

    static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    static List<Path> testSources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : Stream.concat(MODULES.stream(), Stream.of("e2e-tests")).toList()) {
            Path tests = root.resolve(module).resolve("src/test");
            if (Files.isDirectory(tests)) {
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".json"))
                            .forEach(sources::add);
                }
            }
        }
        return sources;
    }

    static List<Path> logsOf(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().contains(".log")).filter(f -> {
                try {
                    return Files.size(f) > 0;
                } catch (IOException e) {
                    return false;
                }
            }).sorted().toList();
        }
    }
}
