package org.crossflag.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;

/**
 * A fresh federation PKI for one test run: the members' credentials, plus the credentials an attacker or a
 * careless member might present (another CA, revoked, expired, not in the directory).
 */
final class TestPki {

    static final char[] PASSWORD = "test-only".toCharArray();

    final Path dir;
    final Credential ca;
    final Credential operator;
    final Map<String, Credential> tls = new LinkedHashMap<>();
    final Map<String, Credential> signing = new LinkedHashMap<>();
    final Credential rogueCa;
    final Credential rogueTls;
    final Credential rogueSigning;
    final Credential revokedTls;
    final Credential revokedSigning;
    final Credential expiredSigning;

    TestPki(Path dir, List<String> members) throws Exception {
        this.dir = Files.createDirectories(dir);
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant until = now.plus(Duration.ofDays(365));
        ca = FederationPki.createRootCa("Crossflag Test Root CA", from, until);
        operator = FederationPki.issueOperatorCredential(ca, "Crossflag Test Operator", from, until);
        for (String member : members) {
            tls.put(member, FederationPki.issueTlsCredential(ca, member, from, until));
            signing.put(member, FederationPki.issueSigningCredential(ca, member, from, until));
        }
        String first = members.get(0);
        rogueCa = FederationPki.createRootCa("Crossflag Test Root CA", from, until);
        rogueTls = FederationPki.issueTlsCredential(rogueCa, first, from, until);
        rogueSigning = FederationPki.issueSigningCredential(rogueCa, first, from, until);
        revokedTls = FederationPki.issueTlsCredential(ca, first, from, until);
        revokedSigning = FederationPki.issueSigningCredential(ca, first, from, until);
        expiredSigning = FederationPki.issueSigningCredential(ca, first, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));

        FederationPki.writePem(caPem(), ca.certificate());
        FederationPki.writeTrustStore(truststore(), PASSWORD, ca.certificate());
        FederationPki.writePem(operatorPem(), operator.certificate());
        FederationPki.writePem(crlPem(), FederationPki.createCrl(ca, List.of(revokedTls.certificate(), revokedSigning.certificate()),
                from, until));
        for (String member : members) {
            FederationPki.writePkcs12(tlsKeystore(member), "tls", PASSWORD, tls.get(member).privateKey(),
                    tls.get(member).certificate(), ca.certificate());
            FederationPki.writePkcs12(signingKeystore(member), "signing", PASSWORD, signing.get(member).privateKey(),
                    signing.get(member).certificate(), ca.certificate());
            writeAuditChainKey(member);
        }
    }

    /** The member's audit chain key file (the base64 of 32 random bytes), kept beside its signing key. */
    Path auditChainKey(String member) {
        return dir.resolve(member + "-audit-chain.key");
    }

    private void writeAuditChainKey(String member) throws java.io.IOException {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        Files.writeString(auditChainKey(member), java.util.Base64.getEncoder().encodeToString(key) + "\n");
    }

    Path caPem() {
        return dir.resolve("ca.pem");
    }

    Path crlPem() {
        return dir.resolve("crl.pem");
    }

    Path truststore() {
        return dir.resolve("truststore.p12");
    }

    Path operatorPem() {
        return dir.resolve("operator.pem");
    }

    Path tlsKeystore(String member) {
        return dir.resolve(member + "-tls.p12");
    }

    Path signingKeystore(String member) {
        return dir.resolve(member + "-signing.p12");
    }

    X509Certificate caCertificate() {
        return ca.certificate();
    }

    static String fingerprint(Credential credential) {
        return FederationPki.sha256Fingerprint(credential.certificate());
    }
}
