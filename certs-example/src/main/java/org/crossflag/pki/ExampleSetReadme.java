package org.crossflag.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The README written into every generated example set, so the warning travels with the keys. */
final class ExampleSetReadme {

    private ExampleSetReadme() {}

    static void write(Path file, List<String> members, String generateArgs, Instant generatedAt, Instant notAfter) {
        StringBuilder text = new StringBuilder()
                .append("# Crossflag example federation PKI\n\n")
                .append(
                        "**EXAMPLE ONLY — THESE KEYS ARE PUBLIC. NEVER USE THEM OUTSIDE THE LOCAL DEMO AND TESTS.**\n\n")
                .append("Generated ")
                .append(generatedAt)
                .append(" by `ExamplePkiCommand ")
                .append(generateArgs)
                .append("`.\nCertificates and the CRL are valid until ")
                .append(notAfter)
                .append(". Key stores use the password given to `--password` (`changeit` by default).\n\n")
                .append("## Files\n\n")
                .append("| file | contents |\n|---|---|\n")
                .append(row("federation-root-ca.pem", "root CA certificate (EC P-256)"))
                .append(row(
                        "federation-root-ca.p12",
                        "root CA key and certificate, alias `federation-root-ca`, to reissue CRLs"))
                .append(row("truststore.p12", "the root CA as a trusted certificate, alias `federation-root-ca`"))
                .append(row("federation.crl.pem", "CRL signed by the root CA; lists `members/GB-RVK/signing.pem`"));
        for (String code : members) {
            String dir = "members/" + code + "/";
            text.append(row(dir + "tls.p12", "TLS key (EC P-256) and chain, alias `tls`; SAN localhost, 127.0.0.1"))
                    .append(row(dir + "tls.pem", "TLS certificate"))
                    .append(row(dir + "signing.p12", "message-signing key (Ed25519) and chain, alias `signing`"))
                    .append(row(dir + "signing.pem", "message-signing certificate"))
                    .append(row(
                            dir + "signing-public-key.pem",
                            "signing public key, for `openssl pkeyutl -verify -pubin`"));
        }
        text.append(row("members/GB-RVK/signing.p12", "signing key of a revoked example member, alias `signing`"))
                .append(row("members/GB-RVK/signing.pem", "its certificate, listed in the CRL"))
                .append(row("operator/operator.p12", "directory operator key (Ed25519) and chain, alias `operator`"))
                .append(row(
                        "operator/operator.pem", "operator certificate, EKU " + FederationPki.DIRECTORY_SIGNING_EKU))
                .append(row("operator/operator-public-key.pem", "operator public key, to check directory signatures"))
                .append("\n## Regenerate\n\nFrom the repository root (this replaces every file here):\n\n")
                .append("    ./mvnw -B -q -pl certs-example -am install -DskipTests\n")
                .append("    ./mvnw -B -q -pl certs-example exec:java -Dexec.args=\"")
                .append(generateArgs)
                .append("\"\n\n")
                .append("New keys mean new fingerprints: sign the federation directory again afterwards ")
                .append("(see `certs-example/README.md`).\n");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String row(String file, String contents) {
        return "| `" + file + "` | " + contents + " |\n";
    }
}
