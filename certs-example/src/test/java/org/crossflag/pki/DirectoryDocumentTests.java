package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.pki.TestPki.NOT_AFTER;
import static org.crossflag.pki.TestPki.NOT_BEFORE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DirectoryDocumentTests {

    private static final String FINGERPRINT = "ab".repeat(32);
    private static final DirectoryMemberEntry ESSEX = new DirectoryMemberEntry(
            "GB-ESX",
            "Essex Police (example)",
            DirectoryMemberEntry.Kind.POLICE,
            "https://127.0.0.1:9443",
            List.of(FINGERPRINT),
            List.of(FINGERPRINT),
            List.of("PriorHearingQuery", "PriorHearingAnswer"));

    @TempDir
    Path temp;

    private final DirectoryDocument document = DirectoryDocument.builder("crossflag-example")
            .sequence(1)
            .issuedAt(Instant.parse("2026-11-22T13:00:00.789Z"))
            .expiresAt(Instant.parse("2026-12-22T13:00:00Z"))
            .member(ESSEX)
            .build();

    @Test
    void jsonUsesTheDocumentedFieldNamesInOrderAndSecondPrecisionInstants() throws Exception {
        JsonNode json = new ObjectMapper().readTree(document.toJsonBytes());

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly("federation", "sequence", "issuedAt", "expiresAt", "members");
        assertThat(json.get("issuedAt").asText()).isEqualTo("2026-11-22T13:00:00Z");
        assertThat(json.get("expiresAt").asText()).isEqualTo("2026-12-22T13:00:00Z");
        assertThat(json.get("sequence").asLong()).isEqualTo(1);
        assertThat(json.get("members").get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "code",
                        "displayName",
                        "kind",
                        "endpoint",
                        "tlsCertificateSha256",
                        "signingCertificateSha256",
                        "messageTypes");
        assertThat(json.get("members").get(0).get("kind").asText()).isEqualTo("POLICE");
    }

    @Test
    void jsonBytesArePrettyUtf8WithUnixLineEnds() {
        String text = new String(document.toJsonBytes(), StandardCharsets.UTF_8);

        assertThat(text)
                .startsWith("{\n  \"federation\": \"crossflag-example\",\n")
                .endsWith("}\n")
                .doesNotContain("\r");
    }

    @Test
    void roundTripsThroughJson() {
        assertThat(DirectoryDocument.fromJson(document.toJsonBytes())).isEqualTo(document);
    }

    @Test
    void writeSignedStoresExactBytesAndAVerifyingSignature() throws Exception {
        Credential operator = FederationPki.issueOperatorCredential(TestPki.rootCa(), "Test", NOT_BEFORE, NOT_AFTER);
        Path file = temp.resolve("dir/directory.json");
        byte[] json = document.toJsonBytes();

        DirectoryDocument.writeSigned(file, json, operator.privateKey());

        assertThat(Files.readAllBytes(file)).isEqualTo(json);
        byte[] signature = Files.readAllBytes(temp.resolve("dir/directory.json.sig"));
        assertThat(TestPki.jdkVerifiesEd25519(operator.certificate(), json, signature))
                .isTrue();
    }

    @Test
    void rejectsExpiryNotAfterIssue() {
        DirectoryDocument.Builder builder = DirectoryDocument.builder("crossflag-example")
                .issuedAt(Instant.parse("2026-11-22T13:00:00Z"))
                .expiresAt(Instant.parse("2026-11-22T13:00:00.500Z"));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsFingerprintsThatAreNotLowercaseHexSha256() {
        assertThatThrownBy(() -> new DirectoryMemberEntry(
                        "GB-ESX",
                        "Essex",
                        DirectoryMemberEntry.Kind.POLICE,
                        "https://127.0.0.1:9443",
                        List.of(FINGERPRINT.toUpperCase()),
                        List.of(FINGERPRINT),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tlsCertificateSha256");
    }

    @Test
    void anOnsForceCodeTravelsBeforeTheMessageTypesAndRoundTrips() throws Exception {
        DirectoryDocument withCode = DirectoryDocument.builder("crossflag-example")
                .sequence(2)
                .issuedAt(Instant.parse("2026-11-22T13:00:00Z"))
                .expiresAt(Instant.parse("2026-12-22T13:00:00Z"))
                .member(ESSEX.withOnsForceCode("E23000028"))
                .build();

        JsonNode member = new ObjectMapper()
                .readTree(withCode.toJsonBytes())
                .get("members")
                .get(0);
        assertThat(member.fieldNames())
                .toIterable()
                .containsSubsequence("signingCertificateSha256", "onsForceCode", "messageTypes");
        assertThat(member.get("onsForceCode").asText()).isEqualTo("E23000028");
        assertThat(DirectoryDocument.fromJson(withCode.toJsonBytes())).isEqualTo(withCode);
    }

    @Test
    void rejectsAnOnsForceCodeOfAnotherForm() {
        assertThatThrownBy(() -> ESSEX.withOnsForceCode("GB-ESX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onsForceCode");
    }
}
