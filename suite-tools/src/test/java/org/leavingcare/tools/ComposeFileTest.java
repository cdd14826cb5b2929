package org.leavingcare.tools;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml cannot run where the suite is built (no Docker engine), so this checks it
 * against what can be read: every variable it sets is one the service reads, and its services and
 * ports are the ones the README documents.
 */
class ComposeFileTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Map<String, Integer> SERVICES = Map.of(
            "pathway-service", 8081, "leaver-service", 8082, "notification-service", 8083);

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        return (Map<String, Object>) services.get(name);
    }

    /** The environment variables a service reads: every {@code ${NAME} or ${NAME:default}} in its configuration. */
    static Set<String> variablesReadBy(String service) throws IOException {
        String properties = Files.readString(ROOT.resolve(service + "/src/main/resources/application.properties"));
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(properties);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgresAndExactlyTheThreeServices() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Set<String> expected = new TreeSet<>(SERVICES.keySet());
        expected.add("postgres");
        assertEquals(expected, new TreeSet<>(services.keySet()));
        for (String name : SERVICES.keySet()) {
            assertTrue(Files.isDirectory(ROOT.resolve(name)), name + " is a folder of the repository");
            Map<String, Object> build = (Map<String, Object>) service(name).get("build");
            Path dockerfile = ROOT.resolve((String) build.get("context")).resolve((String) build.get("dockerfile"));
            assertTrue(Files.exists(dockerfile), dockerfile + " exists");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyVariableComposeSetsIsOneTheServiceReads() throws IOException {
        for (String name : SERVICES.keySet()) {
            Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
            Set<String> read = variablesReadBy(name);
            Set<String> unread = new TreeSet<>(environment.keySet());
            unread.removeAll(read);
            assertTrue(unread.isEmpty(), name + " does not read " + unread + " (it reads " + read + ")");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void portsMatchTheReadmeAndTheServiceConfiguration() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (Map.Entry<String, Integer> s : SERVICES.entrySet()) {
            Map<String, Object> svc = service(s.getKey());
            assertEquals(List.of(s.getValue() + ":" + s.getValue()), svc.get("ports"), s.getKey() + " ports");
            Map<String, Object> environment = (Map<String, Object>) svc.get("environment");
            assertEquals(String.valueOf(s.getValue()), environment.get("HTTP_PORT"), s.getKey() + " HTTP_PORT");
            assertTrue(readme.matches("(?s).*\\| `" + s.getKey() + "` \\| " + s.getValue() + " \\|.*"),
                    "README's table lists " + s.getKey() + " on port " + s.getValue());
            String properties = Files.readString(ROOT.resolve(s.getKey() + "/src/main/resources/application.properties"));
            assertTrue(properties.contains("quarkus.http.port=${HTTP_PORT:" + s.getValue() + "}"),
                    s.getKey() + " listens on " + s.getValue() + " by default");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachServiceUsesADatabaseThePostgresInitScriptCreates() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres-init/01-databases.sql"));
        for (String name : SERVICES.keySet()) {
            Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
            String url = (String) environment.get("DB_URL");
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(init.contains("CREATE DATABASE " + database + ";"), name + " database " + database);
        }
    }
}
