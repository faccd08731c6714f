package org.crossflag.gateway.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checkpoints as files an auditor checks with OpenSSL alone: {@code checkpoint-<seq>.json} (the exact signed
 * bytes), {@code checkpoint-<seq>.sig} (raw 64-byte Ed25519) and {@code signing.pem} (the newest checkpoint's
 * signing certificate). A checkpoint signed with an earlier key also gets its own {@code checkpoint-<seq>.pem}.
 */
final class CheckpointFiles {

    static final String SIGNING_PEM = "signing.pem";
    private static final Pattern JSON_NAME = Pattern.compile("checkpoint-([0-9]{1,18})\\.json");

    private CheckpointFiles() {}

    /** Writes every checkpoint into {@code dir} (created if needed); returns how many were written. */
    static int write(List<StoredCheckpoint> checkpoints, Path dir) throws IOException {
        Files.createDirectories(dir);
        if (checkpoints.isEmpty()) {
            return 0;
        }
        byte[] newest = checkpoints.get(checkpoints.size() - 1).signingCertificate();
        Files.write(dir.resolve(SIGNING_PEM), pem(newest));
        for (StoredCheckpoint checkpoint : checkpoints) {
            Files.write(dir.resolve("checkpoint-" + checkpoint.seq() + ".json"), checkpoint.statement());
            Files.write(dir.resolve("checkpoint-" + checkpoint.seq() + ".sig"), checkpoint.signature());
            if (!Arrays.equals(checkpoint.signingCertificate(), newest)) {
                Files.write(
                        dir.resolve("checkpoint-" + checkpoint.seq() + ".pem"), pem(checkpoint.signingCertificate()));
            }
        }
        return checkpoints.size();
    }

    /** Reads checkpoints written by {@link #write}, in seq order. */
    static List<StoredCheckpoint> read(Path dir) throws IOException {
        List<StoredCheckpoint> checkpoints = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.sorted().toList()) {
                Matcher name = JSON_NAME.matcher(json.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                long seq = Long.parseLong(name.group(1));
                Path ownPem = dir.resolve("checkpoint-" + seq + ".pem");
                checkpoints.add(new StoredCheckpoint(
                        seq,
                        Files.readAllBytes(json),
                        Files.readAllBytes(dir.resolve("checkpoint-" + seq + ".sig")),
                        der(Files.exists(ownPem) ? ownPem : dir.resolve(SIGNING_PEM))));
            }
        }
        checkpoints.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return checkpoints;
    }

    private static byte[] pem(byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return ("-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] der(Path pem) throws IOException {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(pem))) {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificate(in)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IOException("not a certificate: " + pem.getFileName(), e);
        }
    }
}
