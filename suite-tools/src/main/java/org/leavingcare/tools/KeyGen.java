package org.leavingcare.tools;

import java.nio.file.Path;

/** Creates the local key pair under the given folder (default {@code .suite/keys}) unless it exists. */
public final class KeyGen {

    private KeyGen() {
    }

    public static void main(String[] args) throws Exception {
        Path keys = Path.of(args.length > 0 ? args[0] : ".suite/keys");
        Jwts.generateKeyPairIfMissing(keys);
        System.out.println(keys.resolve("publicKey.pem").toAbsolutePath());
    }
}
