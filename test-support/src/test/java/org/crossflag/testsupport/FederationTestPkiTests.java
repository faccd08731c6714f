package org.crossflag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FederationTestPkiTests {

    @TempDir
    Path dir;

    @Test
    void writesEachMembersFilesUnderItsCode() throws Exception {
        FederationTestPki pki = FederationTestPki.builder(dir)
                .password("pw")
                .members(List.of("GB-AAA", "GB-BBB"))
                .build();

        assertThat(dir.resolve("ca.pem")).isEqualTo(pki.caPem()).exists();
        assertThat(dir.resolve("crl.pem")).isEqualTo(pki.crlPem()).exists();
        assertThat(dir.resolve("operator.pem")).isEqualTo(pki.operatorPem()).exists();
        assertThat(dir.resolve("truststore.p12")).isEqualTo(pki.truststore()).exists();
        for (String code : List.of("GB-AAA", "GB-BBB")) {
            assertThat(dir.resolve(code + "-tls.p12"))
                    .isEqualTo(pki.tlsKeystore(code))
                    .exists();
            assertThat(dir.resolve(code + "-signing.p12"))
                    .isEqualTo(pki.signingKeystore(code))
                    .exists();
            assertThat(Base64.getDecoder()
                            .decode(Files.readString(pki.auditChainKey(code)).trim()))
                    .hasSize(32);
        }
        KeyStore tls = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pki.tlsKeystore("GB-AAA"))) {
            tls.load(in, "pw".toCharArray());
        }
        assertThat(((X509Certificate) tls.getCertificate("tls")))
                .isEqualTo(pki.member("GB-AAA").tls().certificate());
    }

    @Test
    void theFolderOfOneNodeHoldsOnlyThatNodesKeystoresWithoutAPrefix() {
        FederationTestPki pki = FederationTestPki.builder(dir)
                .member("GB-AAA")
                .member("GB-BBB")
                .nodeFilesOnlyFor("GB-AAA")
                .build();

        assertThat(pki.tlsKeystore("GB-AAA")).isEqualTo(dir.resolve("tls.p12")).exists();
        assertThat(pki.signingKeystore("GB-AAA"))
                .isEqualTo(dir.resolve("signing.p12"))
                .exists();
        assertThat(pki.auditChainKey("GB-AAA"))
                .isEqualTo(dir.resolve("audit-chain.key"))
                .exists();
        assertThat(dir.resolve("GB-BBB-tls.p12")).doesNotExist();
        assertThat(pki.member("GB-BBB").signing()).isNotNull();
    }

    @Test
    void certificatesAreValidForTheConfiguredPeriod() {
        FederationTestPki pki = FederationTestPki.builder(dir)
                .member("GB-AAA")
                .validity(Duration.ofHours(1), Duration.ofDays(30))
                .build();

        X509Certificate tls = pki.member("GB-AAA").tls().certificate();
        assertThat(Duration.between(tls.getNotAfter().toInstant(), pki.validUntil())
                        .abs())
                .isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.between(tls.getNotBefore().toInstant(), pki.validFrom())
                        .abs())
                .isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.between(pki.now(), pki.validUntil())).isEqualTo(Duration.ofDays(30));
        assertThat(Duration.between(pki.validFrom(), pki.now())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void revokedCredentialsAreOnTheCrlAndTheMembersAreNot() throws Exception {
        FederationTestPki pki = FederationTestPki.builder(dir).member("GB-AAA").build();
        MemberCredentials revoked = pki.issueRevoked("GB-AAA");

        X509CRL crl = readCrl(pki.crlPem());
        crl.verify(pki.ca().certificate().getPublicKey());
        assertThat(crl.isRevoked(revoked.tls().certificate())).isTrue();
        assertThat(crl.isRevoked(revoked.signing().certificate())).isTrue();
        assertThat(crl.isRevoked(pki.member("GB-AAA").tls().certificate())).isFalse();
    }

    @Test
    void nodeSettingsPointAtTheMembersFiles() {
        FederationTestPki pki =
                FederationTestPki.builder(dir).password("pw").member("GB-AAA").build();

        Map<String, String> settings = NodeSettings.forMember(
                        pki, "GB-AAA", dir.resolve("directory.json"), dir.resolve("data"))
                .put("server.port", 0)
                .toMap();

        assertThat(settings)
                .containsEntry("crossflag.node.code", "GB-AAA")
                .containsEntry(
                        "crossflag.tls.keystore", pki.tlsKeystore("GB-AAA").toString())
                .containsEntry("crossflag.signing.password", "pw")
                .containsEntry("crossflag.directory.location", "file:" + dir.resolve("directory.json"))
                .containsEntry("server.port", "0");
        assertThat(NodeSettings.forMember(pki, "GB-AAA", dir, dir).toArguments())
                .contains("--crossflag.node.code=GB-AAA");
    }

    @Test
    void refusesAnUnknownMember() {
        FederationTestPki pki = FederationTestPki.builder(dir).member("GB-AAA").build();

        assertThatThrownBy(() -> pki.member("GB-ZZZ")).hasMessage("not a member of this test PKI: GB-ZZZ");
    }

    private static X509CRL readCrl(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        }
    }
}
