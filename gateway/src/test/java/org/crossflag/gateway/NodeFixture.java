package org.crossflag.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.pki.Credential;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.pki.FederationPki;

/**
 * The files one node needs (PKI, keystores, signed directory) written to a temporary folder, for tests
 * that exercise the node's decisions without a network.
 */
public final class NodeFixture {

    public static final String SELF = "GB-ESX";
    public static final String PEER = "GB-KNT";
    public static final String PASSWORD = "fixture";
    public static final List<String> ALL_TYPES = List.of("PriorHearingQuery", "PriorHearingAnswer", "CrossAreaAlert",
            "DisclosureRequest", "DisclosureAnswer", "CircumstanceChange", "FollowUpRequest", "FollowUpAnswer", "Refusal");

    public final Path dir;
    public final Instant now = Instant.now();
    public final Credential ca;
    public final Credential operator;
    public final Credential selfTls;
    public final Credential selfSigning;
    public final Credential peerTls;
    public final Credential peerSigning;
    private final List<Credential> revoked = new ArrayList<>();

    public NodeFixture(Path dir) throws Exception {
        this.dir = Files.createDirectories(dir);
        Instant from = now.minus(Duration.ofHours(1));
        Instant until = now.plus(Duration.ofDays(400));
        ca = FederationPki.createRootCa("Fixture Root CA", from, until);
        operator = FederationPki.issueOperatorCredential(ca, "Fixture Operator", from, until);
        selfTls = FederationPki.issueTlsCredential(ca, SELF, from, until);
        selfSigning = FederationPki.issueSigningCredential(ca, SELF, from, until);
        peerTls = FederationPki.issueTlsCredential(ca, PEER, from, until);
        peerSigning = FederationPki.issueSigningCredential(ca, PEER, from, until);
        FederationPki.writePem(caPem(), ca.certificate());
        FederationPki.writePem(operatorPem(), operator.certificate());
        FederationPki.writeTrustStore(truststore(), PASSWORD.toCharArray(), ca.certificate());
        FederationPki.writePkcs12(tlsKeystore(), "tls", PASSWORD.toCharArray(), selfTls.privateKey(), selfTls.certificate(), ca.certificate());
        FederationPki.writePkcs12(signingKeystore(), "signing", PASSWORD.toCharArray(), selfSigning.privateKey(),
                selfSigning.certificate(), ca.certificate());
        writeCrl();
        writeDirectory(1, now.plus(Duration.ofDays(30)), ALL_TYPES);
        writeAuditChainKey(auditChainKey());
    }

    /** Writes a fresh audit chain key file: the base64 of 32 random bytes. */
    public static Path writeAuditChainKey(Path file) throws java.io.IOException {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key) + "\n");
    }

    public Path auditChainKey() {
        return dir.resolve("audit-chain.key");
    }

    public void revoke(Credential credential) {
        revoked.add(credential);
        writeCrl();
    }

    private void writeCrl() {
        FederationPki.writePem(crlPem(), FederationPki.createCrl(ca, revoked.stream().map(Credential::certificate).toList(),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(30))));
    }

    /** Signs and writes a directory with this node and its peer; the peer may send the given types. */
    public byte[] writeDirectory(long sequence, Instant expiresAt, List<String> peerTypes) {
        return writeDirectory(sequence, expiresAt, ALL_TYPES, peerTypes);
    }

    /** Signs and writes a directory in which this node takes part in {@code selfTypes} and the peer in {@code peerTypes}. */
    public byte[] writeDirectory(long sequence, Instant expiresAt, List<String> selfTypes, List<String> peerTypes) {
        byte[] json = directory(sequence, expiresAt, selfTypes, peerTypes).toJsonBytes();
        writeSignedDirectory(json);
        return json;
    }

    /** Writes the given bytes as the directory, with an operator signature over exactly those bytes. */
    public void writeSignedDirectory(byte[] json) {
        DirectoryDocument.writeSigned(directoryJson(), json, operator.privateKey());
    }

    public DirectoryDocument directory(long sequence, Instant expiresAt, List<String> peerTypes) {
        return directory(sequence, expiresAt, ALL_TYPES, peerTypes);
    }

    public DirectoryDocument directory(long sequence, Instant expiresAt, List<String> selfTypes, List<String> peerTypes) {
        return DirectoryDocument.builder("crossflag-fixture").sequence(sequence).issuedAt(now.minus(Duration.ofMinutes(1)))
                .expiresAt(expiresAt)
                .member(member(SELF, selfTls, selfSigning, selfTypes))
                .member(member(PEER, peerTls, peerSigning, peerTypes))
                .build();
    }

    /** The directory entry the fixture writes for a member with these credentials. */
    public static DirectoryMemberEntry member(String code, Credential tls, Credential signing, List<String> types) {
        return new DirectoryMemberEntry(code, code + " fixture force", DirectoryMemberEntry.Kind.POLICE, "https://127.0.0.1:1",
                List.of(FederationPki.sha256Fingerprint(tls.certificate())),
                List.of(FederationPki.sha256Fingerprint(signing.certificate())), types);
    }

    public FederationTrust trust(Clock clock) {
        return new FederationTrust(ca.certificate(), () -> CertificateFiles.readCrl("crossflag.pki.crl", crlPem()), clock);
    }

    /** Command-line arguments that start a node from these files (ports chosen by the OS). */
    public List<String> nodeArguments() {
        return new ArrayList<>(List.of(
                "--crossflag.node.code=" + SELF,
                "--crossflag.data-dir=" + dir.resolve("data"),
                "--crossflag.pki.trust-anchor=" + caPem(),
                "--crossflag.pki.crl=" + crlPem(),
                "--crossflag.signing.keystore=" + signingKeystore(),
                "--crossflag.signing.password=" + PASSWORD,
                "--crossflag.audit.chain-key=" + auditChainKey(),
                "--crossflag.tls.keystore=" + tlsKeystore(),
                "--crossflag.tls.keystore-password=" + PASSWORD,
                "--crossflag.tls.truststore=" + truststore(),
                "--crossflag.tls.truststore-password=" + PASSWORD,
                "--crossflag.directory.location=file:" + directoryJson(),
                "--crossflag.directory.operator-certificate=" + operatorPem(),
                "--server.port=0",
                "--crossflag.api.port=0",
                "--management.server.port=0"));
    }

    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    public Path crlPem() {
        return dir.resolve("crl.pem");
    }

    public Path operatorPem() {
        return dir.resolve("operator.pem");
    }

    public Path truststore() {
        return dir.resolve("truststore.p12");
    }

    public Path tlsKeystore() {
        return dir.resolve("tls.p12");
    }

    public Path signingKeystore() {
        return dir.resolve("signing.p12");
    }

    public Path directoryJson() {
        return dir.resolve("directory.json");
    }
}
