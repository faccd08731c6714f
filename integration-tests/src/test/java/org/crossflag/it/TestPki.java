package org.crossflag.it;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.FederationTestPki;
import org.crossflag.testsupport.MemberCredentials;

/**
 * A fresh federation PKI for one test run (made by test-support's {@link FederationTestPki}): the members'
 * credentials, plus the credentials an attacker or a careless member might present (another CA, revoked, expired,
 * not in the directory).
 */
final class TestPki {

    static final char[] PASSWORD = "test-only".toCharArray();

    final FederationTestPki files;
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
        files = FederationTestPki.builder(dir)
                .password(new String(PASSWORD))
                .members(members)
                .build();
        this.dir = files.dir();
        ca = files.ca();
        operator = files.operator();
        for (String member : members) {
            tls.put(member, files.member(member).tls());
            signing.put(member, files.member(member).signing());
        }
        String first = members.get(0);
        rogueCa = FederationPki.createRootCa("Crossflag Test Root CA", files.validFrom(), files.validUntil());
        rogueTls = FederationPki.issueTlsCredential(rogueCa, first, files.validFrom(), files.validUntil());
        rogueSigning = FederationPki.issueSigningCredential(rogueCa, first, files.validFrom(), files.validUntil());
        MemberCredentials revoked = files.issueRevoked(first);
        revokedTls = revoked.tls();
        revokedSigning = revoked.signing();
        Instant now = files.now();
        expiredSigning = files.issueSigning(first, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
    }

    /** The member's audit chain key file (the base64 of 32 random bytes), kept beside its signing key. */
    Path auditChainKey(String member) {
        return files.auditChainKey(member);
    }

    Path caPem() {
        return files.caPem();
    }

    Path crlPem() {
        return files.crlPem();
    }

    Path truststore() {
        return files.truststore();
    }

    Path operatorPem() {
        return files.operatorPem();
    }

    Path tlsKeystore(String member) {
        return files.tlsKeystore(member);
    }

    Path signingKeystore(String member) {
        return files.signingKeystore(member);
    }

    X509Certificate caCertificate() {
        return ca.certificate();
    }

    static String fingerprint(Credential credential) {
        return FederationTestPki.fingerprint(credential);
    }
}
