package org.crossflag.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.Credential;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.pki.FederationPki;

/**
 * A fresh federation PKI for one test or benchmark run, written to a folder: root CA, directory operator, TLS and
 * signing credentials for each member, a truststore, a CRL, and the audit chain key each node needs.
 *
 * <p>Files are named {@code ca.pem}, {@code crl.pem}, {@code operator.pem}, {@code truststore.p12}, and per member
 * {@code <code>-tls.p12}, {@code <code>-signing.p12}, {@code <code>-audit-chain.key}; or, for the folder of one node
 * ({@link Builder#nodeFilesOnlyFor}), {@code tls.p12}, {@code signing.p12}, {@code audit-chain.key}.
 */
public final class FederationTestPki {

    private final Path dir;
    private final String password;
    private final Instant now;
    private final Instant validFrom;
    private final Instant validUntil;
    private final Instant crlThisUpdate;
    private final Instant crlNextUpdate;
    private final String nodeFilesOwner;
    private final Credential ca;
    private final Credential operator;
    private final Map<String, MemberCredentials> members = new LinkedHashMap<>();
    private final List<Credential> revoked = new ArrayList<>();

    private FederationTestPki(Builder builder) {
        this.dir = createDirectories(builder.dir);
        this.password = builder.password;
        this.now = Instant.now();
        this.validFrom = now.minus(builder.validBefore);
        this.validUntil = now.plus(builder.validAfter);
        this.crlThisUpdate = builder.crlBefore == null ? validFrom : now.minus(builder.crlBefore);
        this.crlNextUpdate = builder.crlAfter == null ? validUntil : now.plus(builder.crlAfter);
        this.nodeFilesOwner = builder.nodeFilesOwner;
        this.ca = FederationPki.createRootCa(builder.caName, validFrom, validUntil);
        this.operator = FederationPki.issueOperatorCredential(ca, builder.operatorName, validFrom, validUntil);
        for (String code : builder.members) {
            members.put(code, new MemberCredentials(code, issueTls(code), issueSigning(code)));
        }
        FederationPki.writePem(caPem(), ca.certificate());
        FederationPki.writePem(operatorPem(), operator.certificate());
        FederationPki.writeTrustStore(truststore(), password.toCharArray(), ca.certificate());
        writeCrl();
        for (MemberCredentials member : members.values()) {
            if (nodeFilesOwner == null || nodeFilesOwner.equals(member.code())) {
                writeTlsKeystore(member.code(), member.tls());
                writeSigningKeystore(member.code(), member.signing());
                writeAuditChainKey(auditChainKey(member.code()));
            }
        }
    }

    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /** Writes a fresh audit chain key file: the base64 of 32 random bytes. */
    public static Path writeAuditChainKey(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            return Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static String fingerprint(Credential credential) {
        return FederationPki.sha256Fingerprint(credential.certificate());
    }

    /** A further TLS credential from this CA, valid as long as the members' credentials. */
    public Credential issueTls(String code) {
        return FederationPki.issueTlsCredential(ca, code, validFrom, validUntil);
    }

    /** A further signing credential from this CA, valid as long as the members' credentials. */
    public Credential issueSigning(String code) {
        return issueSigning(code, validFrom, validUntil);
    }

    public Credential issueSigning(String code, Instant from, Instant until) {
        return FederationPki.issueSigningCredential(ca, code, from, until);
    }

    /** A second TLS and signing pair for a member, both already on the CRL. */
    public MemberCredentials issueRevoked(String code) {
        MemberCredentials credentials = new MemberCredentials(code, issueTls(code), issueSigning(code));
        revoke(credentials.tls(), credentials.signing());
        return credentials;
    }

    /** Puts the certificates on the CRL and rewrites {@code crl.pem}. */
    public void revoke(Credential... credentials) {
        revoked.addAll(List.of(credentials));
        writeCrl();
    }

    public void writeTlsKeystore(String code, Credential tls) {
        FederationPki.writePkcs12(
                tlsKeystore(code),
                "tls",
                password.toCharArray(),
                tls.privateKey(),
                tls.certificate(),
                ca.certificate());
    }

    public void writeSigningKeystore(String code, Credential signing) {
        FederationPki.writePkcs12(
                signingKeystore(code),
                "signing",
                password.toCharArray(),
                signing.privateKey(),
                signing.certificate(),
                ca.certificate());
    }

    /** The directory entry for a member, listing the fingerprints of its credentials. */
    public DirectoryMemberEntry directoryEntry(String code, String name, String endpoint, List<String> messageTypes) {
        MemberCredentials member = member(code);
        return new DirectoryMemberEntry(
                code,
                name,
                DirectoryMemberEntry.Kind.POLICE,
                endpoint,
                List.of(fingerprint(member.tls())),
                List.of(fingerprint(member.signing())),
                messageTypes);
    }

    /** Writes the bytes as a directory, with the operator's signature over exactly those bytes. */
    public void writeSignedDirectory(Path file, byte[] json) {
        DirectoryDocument.writeSigned(file, json, operator.privateKey());
    }

    private void writeCrl() {
        List<X509Certificate> certificates =
                revoked.stream().map(Credential::certificate).toList();
        FederationPki.writePem(crlPem(), FederationPki.createCrl(ca, certificates, crlThisUpdate, crlNextUpdate));
    }

    public MemberCredentials member(String code) {
        MemberCredentials member = members.get(code);
        if (member == null) {
            throw new IllegalArgumentException("not a member of this test PKI: " + code);
        }
        return member;
    }

    public List<String> memberCodes() {
        return List.copyOf(members.keySet());
    }

    public Path dir() {
        return dir;
    }

    public String password() {
        return password;
    }

    /** The instant the PKI was made; validity periods count from it. */
    public Instant now() {
        return now;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Credential ca() {
        return ca;
    }

    public Credential operator() {
        return operator;
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

    public Path tlsKeystore(String code) {
        return dir.resolve(filePrefix(code) + "tls.p12");
    }

    public Path signingKeystore(String code) {
        return dir.resolve(filePrefix(code) + "signing.p12");
    }

    public Path auditChainKey(String code) {
        return dir.resolve(filePrefix(code) + "audit-chain.key");
    }

    private String filePrefix(String code) {
        return code.equals(nodeFilesOwner) ? "" : code + "-";
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Names, validity and members of a test PKI. */
    public static final class Builder {

        private final Path dir;
        private final List<String> members = new ArrayList<>();
        private String caName = "Crossflag Test Root CA";
        private String operatorName = "Crossflag Test Operator";
        private String password = "test-only";
        private Duration validBefore = Duration.ofHours(1);
        private Duration validAfter = Duration.ofDays(365);
        private Duration crlBefore;
        private Duration crlAfter;
        private String nodeFilesOwner;

        private Builder(Path dir) {
            this.dir = dir;
        }

        public Builder caName(String value) {
            this.caName = value;
            return this;
        }

        public Builder operatorName(String value) {
            this.operatorName = value;
            return this;
        }

        /** The password of every keystore and the truststore. */
        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /** Certificates are valid from {@code before} the moment of creation until {@code after} it. */
        public Builder validity(Duration before, Duration after) {
            this.validBefore = before;
            this.validAfter = after;
            return this;
        }

        /** The CRL's thisUpdate and nextUpdate around the moment of creation; by default the certificates' validity. */
        public Builder crlValidity(Duration before, Duration after) {
            this.crlBefore = before;
            this.crlAfter = after;
            return this;
        }

        /** Members, each with a TLS and a signing credential. */
        public Builder members(List<String> codes) {
            this.members.addAll(codes);
            return this;
        }

        public Builder member(String code) {
            this.members.add(code);
            return this;
        }

        /**
         * The folder of one node: only this member's keystores and audit chain key are written, without the member
         * prefix; the other members get credentials only.
         */
        public Builder nodeFilesOnlyFor(String code) {
            this.nodeFilesOwner = code;
            return this;
        }

        public FederationTestPki build() {
            if (members.isEmpty()) {
                throw new IllegalStateException("a test PKI needs at least one member");
            }
            if (nodeFilesOwner != null && !members.contains(nodeFilesOwner)) {
                throw new IllegalStateException("not a member of this test PKI: " + nodeFilesOwner);
            }
            return new FederationTestPki(this);
        }
    }
}
