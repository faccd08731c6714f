package org.crossflag.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.DirectoryDocument;
import org.crossflag.testsupport.FederationTestPki;

/**
 * A fresh federation for one benchmark run, made with test-support's {@link FederationTestPki}: root CA, CRL,
 * directory operator, TLS and signing credentials for the sending and receiving nodes, a TLS credential for the echo
 * server, and a signed directory listing the two nodes.
 */
final class BenchmarkPki {

    static final String SENDER = "GB-ESX";
    static final String RECEIVER = "GB-KNT";
    /** The echo server presents a federation TLS certificate too, so both runs use the same TLS stack. */
    static final String ECHO = "GB-ECHO";

    static final String PASSWORD = "bench-only";

    static final List<String> MESSAGE_TYPES = List.of(
            "PriorHearingQuery",
            "PriorHearingAnswer",
            "CrossAreaAlert",
            "DisclosureCheck",
            "DisclosureCheckAnswer",
            "DisclosureRequest",
            "DisclosureAnswer",
            "ExchangeTest",
            "FollowUpRequest",
            "FollowUpAnswer",
            "Refusal");

    final FederationTestPki files;
    final Path dir;

    BenchmarkPki(Path dir, Map<String, Integer> federationPorts) {
        files = FederationTestPki.builder(dir)
                .caName("Crossflag Benchmark Root CA")
                .operatorName("Crossflag Benchmark Operator")
                .password(PASSWORD)
                .validity(Duration.ofHours(1), Duration.ofDays(30))
                .members(List.of(SENDER, RECEIVER))
                .build();
        this.dir = files.dir();
        DirectoryDocument.Builder directory = DirectoryDocument.builder("crossflag-benchmark")
                .sequence(1)
                .issuedAt(files.validFrom())
                .expiresAt(files.validUntil());
        for (String code : List.of(SENDER, RECEIVER)) {
            directory.member(files.directoryEntry(
                    code, code + " benchmark force", "https://127.0.0.1:" + federationPorts.get(code), MESSAGE_TYPES));
        }
        files.writeTlsKeystore(ECHO, files.issueTls(ECHO));
        files.writeSignedDirectory(directoryFile(), directory.build().toJsonBytes());
    }

    Path caPem() {
        return files.caPem();
    }

    Path crlPem() {
        return files.crlPem();
    }

    Path operatorPem() {
        return files.operatorPem();
    }

    Path truststore() {
        return files.truststore();
    }

    Path directoryFile() {
        return dir.resolve("directory.json");
    }

    Path tlsKeystore(String code) {
        return files.tlsKeystore(code);
    }

    Path signingKeystore(String code) {
        return files.signingKeystore(code);
    }

    /** The node's audit chain key file: the base64 of 32 random bytes. */
    Path auditChainKey(String code) {
        return files.auditChainKey(code);
    }
}
