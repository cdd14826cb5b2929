package org.leavingcare.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints a bearer token for local runs: {@code bin/suite token manager --sub alice --teams north}.
 * The key pair is created under {@code .suite/keys} the first time.
 */
public final class Token {

    static final Set<String> ROLES = Set.of("social-worker", "personal-adviser", "manager", "iro",
            "integration", "service");

    private Token() {
    }

    public static void main(String[] args) throws Exception {
        Path keys = Path.of(".suite/keys");
        String issuer = Jwts.LOCAL_ISSUER;
        String subject = null;
        List<String> roles = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--keys" -> keys = Path.of(args[++i]);
                case "--issuer" -> issuer = args[++i];
                case "--sub" -> subject = args[++i];
                case "--teams" -> teams.addAll(List.of(args[++i].split(",")));
                case "--hours" -> hours = Long.parseLong(args[++i]);
                default -> {
                    if (args[i].startsWith("--") || !ROLES.contains(args[i])) {
                        System.err.println("usage: token ROLE [ROLE...] [--sub ID] [--teams a,b|'*'] [--hours N]");
                        System.err.println("--teams '*' is the whole service (honoured for managers); see docs/access-and-audit.md");
                        System.err.println("roles: " + String.join(", ", ROLES.stream().sorted().toList()));
                        System.exit(2);
                    }
                    roles.add(args[i]);
                }
            }
        }
        if (roles.isEmpty()) {
            roles.add("manager");
        }
        if (subject == null) {
            subject = "local-" + roles.get(0);
        }
        if (teams.isEmpty() && (roles.contains("manager") || roles.contains("social-worker"))) {
            System.err.println("note: a token without --teams sees only the young people assigned to its --sub "
                    + "(a manager: none); add --teams north,south or, for a manager, --teams '*'");
        }
        Jwts.generateKeyPairIfMissing(keys);
        String pem = Files.readString(keys.resolve("privateKey.pem"));
        System.out.println(Jwts.token(Jwts.readPrivateKey(pem), issuer, subject, roles, teams,
                Duration.ofHours(hours)));
    }
}
