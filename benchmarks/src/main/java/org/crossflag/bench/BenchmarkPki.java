package org.crossflag.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.Credential;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.pki.FederationPki;

/**
 * A fresh federation for one benchmark run, made with the certs-example library: root CA, CRL, directory
 * operator, TLS and signing credentials for the sending and receiving nodes, a TLS credential for the echo
 * server, and a signed directory listing the two nodes.
 */
final class BenchmarkPki {

    static final String SENDER = "GB-ESX";
    static final String RECEIVER = "GB-KNT";
    /** The echo server presents a federation TLS certificate too, so both runs use the same TLS stack. */
    static final String ECHO = "GB-ECHO";
    static final String PASSWORD = "bench-only";

    static final List<String> MESSAGE_TYPES = List.of("PriorHearingQuery", "PriorHearingAnswer", "CrossAreaAlert",
            "DisclosureRequest", "DisclosureAnswer", "CircumstanceChange", "FollowUpRequest", "FollowUpAnswer", "Refusal");

    final Path dir;

    BenchmarkPki(Path dir, Map<String, Integer> federationPorts) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + dir, e);
        }
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant until = now.plus(Duration.ofDays(30));
        char[] password = PASSWORD.toCharArray();

        Credential ca = FederationPki.createRootCa("Crossflag Benchmark Root CA", from, until);
        Credential operator = FederationPki.issueOperatorCredential(ca, "Crossflag Benchmark Operator", from, until);
        FederationPki.writePem(caPem(), ca.certificate());
        FederationPki.writePem(crlPem(), FederationPki.createCrl(ca, List.of(), from, until));
        FederationPki.writePem(operatorPem(), operator.certificate());
        FederationPki.writeTrustStore(truststore(), password, ca.certificate());

        DirectoryDocument.Builder directory = DirectoryDocument.builder("crossflag-benchmark").sequence(1)
                .issuedAt(from).expiresAt(until);
        for (String code : List.of(SENDER, RECEIVER)) {
            Credential tls = FederationPki.issueTlsCredential(ca, code, from, until);
            Credential signing = FederationPki.issueSigningCredential(ca, code, from, until);
            FederationPki.writePkcs12(tlsKeystore(code), "tls", password, tls.privateKey(), tls.certificate(), ca.certificate());
            FederationPki.writePkcs12(signingKeystore(code), "signing", password, signing.privateKey(),
                    signing.certificate(), ca.certificate());
            writeAuditChainKey(code);
            directory.member(new DirectoryMemberEntry(code, code + " benchmark force", DirectoryMemberEntry.Kind.POLICE,
                    "https://127.0.0.1:" + federationPorts.get(code),
                    List.of(FederationPki.sha256Fingerprint(tls.certificate())),
                    List.of(FederationPki.sha256Fingerprint(signing.certificate())), MESSAGE_TYPES));
        }
        Credential echo = FederationPki.issueTlsCredential(ca, ECHO, from, until);
        FederationPki.writePkcs12(tlsKeystore(ECHO), "tls", password, echo.privateKey(), echo.certificate(), ca.certificate());
        DirectoryDocument.writeSigned(directoryFile(), directory.build().toJsonBytes(), operator.privateKey());
    }

    Path caPem() {
        return dir.resolve("ca.pem");
    }

    Path crlPem() {
        return dir.resolve("crl.pem");
    }

    Path operatorPem() {
        return dir.resolve("operator.pem");
    }

    Path truststore() {
        return dir.resolve("truststore.p12");
    }

    Path directoryFile() {
        return dir.resolve("directory.json");
    }

    Path tlsKeystore(String code) {
        return dir.resolve(code + "-tls.p12");
    }

    Path signingKeystore(String code) {
        return dir.resolve(code + "-signing.p12");
    }

    /** The node's audit chain key file: the base64 of 32 random bytes. */
    Path auditChainKey(String code) {
        return dir.resolve(code + "-audit-chain.key");
    }

    private void writeAuditChainKey(String code) {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        try {
            Files.writeString(auditChainKey(code), java.util.Base64.getEncoder().encodeToString(key) + "\n");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write " + auditChainKey(code), e);
        }
    }
}
