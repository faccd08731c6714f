package org.crossflag.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.pki.Credential;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.testsupport.FederationTestPki;
import org.crossflag.testsupport.NodeSettings;

/**
 * The files one node needs (PKI, keystores, signed directory) written to a temporary folder, for tests
 * that exercise the node's decisions without a network. The PKI and the node's settings come from test-support.
 */
public final class NodeFixture {

    public static final String SELF = "GB-ESX";
    public static final String PEER = "GB-KNT";
    public static final String PASSWORD = "fixture";
    public static final List<String> ALL_TYPES = List.of(
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
    /** Every message type the federation knows, as the directory lists them. */
    public static final List<String> EVERY_TYPE =
            Arrays.stream(MessageType.values()).map(MessageType::wire).toList();

    public final Path dir;
    public final Instant now;
    public final Credential ca;
    public final Credential operator;
    public final Credential selfTls;
    public final Credential selfSigning;
    public final Credential peerTls;
    public final Credential peerSigning;
    private final FederationTestPki pki;

    public NodeFixture(Path dir) throws Exception {
        pki = FederationTestPki.builder(dir)
                .caName("Fixture Root CA")
                .operatorName("Fixture Operator")
                .password(PASSWORD)
                .validity(Duration.ofHours(1), Duration.ofDays(400))
                .crlValidity(Duration.ofMinutes(5), Duration.ofDays(30))
                .member(SELF)
                .member(PEER)
                .nodeFilesOnlyFor(SELF)
                .build();
        this.dir = pki.dir();
        this.now = pki.now();
        ca = pki.ca();
        operator = pki.operator();
        selfTls = pki.member(SELF).tls();
        selfSigning = pki.member(SELF).signing();
        peerTls = pki.member(PEER).tls();
        peerSigning = pki.member(PEER).signing();
        writeDirectory(1, now.plus(Duration.ofDays(30)), ALL_TYPES);
    }

    /** Writes a fresh audit chain key file: the base64 of 32 random bytes. */
    public static Path writeAuditChainKey(Path file) {
        return FederationTestPki.writeAuditChainKey(file);
    }

    public Path auditChainKey() {
        return pki.auditChainKey(SELF);
    }

    public void revoke(Credential credential) {
        pki.revoke(credential);
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
        pki.writeSignedDirectory(directoryJson(), json);
    }

    public DirectoryDocument directory(long sequence, Instant expiresAt, List<String> peerTypes) {
        return directory(sequence, expiresAt, ALL_TYPES, peerTypes);
    }

    public DirectoryDocument directory(
            long sequence, Instant expiresAt, List<String> selfTypes, List<String> peerTypes) {
        return DirectoryDocument.builder("crossflag-fixture")
                .sequence(sequence)
                .issuedAt(now.minus(Duration.ofMinutes(1)))
                .expiresAt(expiresAt)
                .member(member(SELF, selfTls, selfSigning, selfTypes))
                .member(member(PEER, peerTls, peerSigning, peerTypes))
                .build();
    }

    /**
     * Signs and writes a directory in which this node and the peer are members of the given kinds (a police force or
     * a partner agency), both taking part in {@code types}.
     */
    public byte[] writeDirectory(
            long sequence,
            Instant expiresAt,
            DirectoryMemberEntry.Kind selfKind,
            DirectoryMemberEntry.Kind peerKind,
            List<String> types) {
        byte[] json = DirectoryDocument.builder("crossflag-fixture")
                .sequence(sequence)
                .issuedAt(now.minus(Duration.ofMinutes(1)))
                .expiresAt(expiresAt)
                .member(member(SELF, selfKind, selfTls, selfSigning, types))
                .member(member(PEER, peerKind, peerTls, peerSigning, types))
                .build()
                .toJsonBytes();
        writeSignedDirectory(json);
        return json;
    }

    /** The directory entry the fixture writes for a member with these credentials. */
    public static DirectoryMemberEntry member(String code, Credential tls, Credential signing, List<String> types) {
        return member(code, DirectoryMemberEntry.Kind.POLICE, tls, signing, types);
    }

    /** The directory entry the fixture writes for a member of this kind with these credentials. */
    public static DirectoryMemberEntry member(
            String code, DirectoryMemberEntry.Kind kind, Credential tls, Credential signing, List<String> types) {
        return new DirectoryMemberEntry(
                code,
                code + " fixture force",
                kind,
                "https://127.0.0.1:1",
                List.of(FederationTestPki.fingerprint(tls)),
                List.of(FederationTestPki.fingerprint(signing)),
                types);
    }

    public FederationTrust trust(Clock clock) {
        return new FederationTrust(
                ca.certificate(), () -> CertificateFiles.readCrl("crossflag.pki.crl", crlPem()), clock);
    }

    /** Command-line arguments that start a node from these files (ports chosen by the OS). */
    public List<String> nodeArguments() {
        return new ArrayList<>(nodeSettings().toArguments());
    }

    /** The settings that start a node from these files (ports chosen by the OS), e.g. for a Spring test context. */
    public NodeSettings nodeSettings() {
        return NodeSettings.forMember(pki, SELF, directoryJson(), dir.resolve("data"))
                .put("server.port", 0)
                .put("crossflag.api.port", 0)
                .put("management.server.port", 0);
    }

    public Path caPem() {
        return pki.caPem();
    }

    public Path crlPem() {
        return pki.crlPem();
    }

    public Path operatorPem() {
        return pki.operatorPem();
    }

    public Path truststore() {
        return pki.truststore();
    }

    public Path tlsKeystore() {
        return pki.tlsKeystore(SELF);
    }

    public Path signingKeystore() {
        return pki.signingKeystore(SELF);
    }

    public Path directoryJson() {
        return dir.resolve("directory.json");
    }
}
