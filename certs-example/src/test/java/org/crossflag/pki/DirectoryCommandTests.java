package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DirectoryCommandTests {

    private static final String ESSEX = "GB-ESX|Essex Police (example)|https://127.0.0.1:9443|POLICE";
    private static final String KENT = "GB-KNT|Kent Police (example)|https://127.0.0.1:9444|PARTNER_AGENCY";

    @TempDir
    Path temp;

    private Path pki;
    private Path json;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void generatePki() {
        pki = temp.resolve("pki");
        json = temp.resolve("out/directory.json");
        assertThat(run("generate", "--out", pki.toString())).isZero();
    }

    @Test
    void writesJsonAndSignatureThatVerifiesWithTheOperatorKey() throws Exception {
        Instant before = Instant.now().minusSeconds(1);

        assertThat(run(
                        "directory",
                        "--pki",
                        pki.toString(),
                        "--out",
                        json.toString(),
                        "--valid-days",
                        "30",
                        "--member",
                        ESSEX,
                        "--member",
                        KENT))
                .isZero();

        byte[] bytes = Files.readAllBytes(json);
        byte[] signature = Files.readAllBytes(temp.resolve("out/directory.json.sig"));
        X509Certificate operator = FederationPki.readCertificatePem(pki.resolve("operator/operator.pem"));
        assertThat(signature).hasSize(64);
        assertThat(operator.getExtendedKeyUsage()).contains(FederationPki.DIRECTORY_SIGNING_EKU);
        assertThat(TestPki.jdkVerifiesEd25519(operator, bytes, signature)).isTrue();
        bytes[5] ^= 0x01;
        assertThat(TestPki.jdkVerifiesEd25519(operator, bytes, signature)).isFalse();

        DirectoryDocument directory = DirectoryDocument.fromJson(Files.readAllBytes(json));
        assertThat(directory.federation()).isEqualTo("crossflag-example");
        assertThat(directory.issuedAt()).isAfter(before);
        assertThat(Duration.between(directory.issuedAt(), directory.expiresAt()))
                .isEqualTo(Duration.ofDays(30));
        assertThat(directory.members()).extracting(DirectoryMemberEntry::code).containsExactly("GB-ESX", "GB-KNT");
    }

    @Test
    void membersCarryFingerprintsOfTheirCertificatesAndDefaultMessageTypes() throws Exception {
        assertThat(run(
                        "directory",
                        "--pki",
                        pki.toString(),
                        "--out",
                        json.toString(),
                        "--member",
                        ESSEX,
                        "--member",
                        KENT))
                .isZero();

        JsonNode essex =
                new ObjectMapper().readTree(json.toFile()).get("members").get(0);
        assertThat(essex.get("displayName").asText()).isEqualTo("Essex Police (example)");
        assertThat(essex.get("kind").asText()).isEqualTo("POLICE");
        assertThat(essex.get("endpoint").asText()).isEqualTo("https://127.0.0.1:9443");
        assertThat(essex.get("tlsCertificateSha256").get(0).asText())
                .isEqualTo(FederationPki.sha256Fingerprint(
                        FederationPki.readCertificatePem(pki.resolve("members/GB-ESX/tls.pem"))));
        assertThat(essex.get("signingCertificateSha256").get(0).asText())
                .isEqualTo(FederationPki.sha256Fingerprint(
                        FederationPki.readCertificatePem(pki.resolve("members/GB-ESX/signing.pem"))));
        assertThat(essex.get("messageTypes")).hasSize(13);
        assertThat(essex.get("messageTypes"))
                .extracting(JsonNode::asText)
                .containsExactly(DirectoryCommand.DEFAULT_MESSAGE_TYPES.split(","));
        assertThat(essex.get("messageTypes").get(0).asText()).isEqualTo("PriorHearingQuery");
        assertThat(new ObjectMapper()
                        .readTree(json.toFile())
                        .get("members")
                        .get(1)
                        .get("kind")
                        .asText())
                .isEqualTo("PARTNER_AGENCY");
    }

    @Test
    void honoursMessageTypesAndSequence() {
        assertThat(run(
                        "directory",
                        "--pki",
                        pki.toString(),
                        "--out",
                        json.toString(),
                        "--member",
                        ESSEX,
                        "--message-types",
                        "PriorHearingQuery,Refusal",
                        "--sequence",
                        "7"))
                .isZero();

        DirectoryDocument directory = DirectoryDocument.fromJson(read(json));
        assertThat(directory.sequence()).isEqualTo(7);
        assertThat(directory.members().get(0).messageTypes()).containsExactly("PriorHearingQuery", "Refusal");
    }

    @Test
    void givesEachNamedMemberItsOnsForceCodeAndLeavesTheOthersWithout() throws Exception {
        assertThat(run(
                        "directory",
                        "--pki",
                        pki.toString(),
                        "--out",
                        json.toString(),
                        "--member",
                        ESSEX,
                        "--member",
                        KENT,
                        "--ons-force-code",
                        "GB-ESX=E23000028"))
                .isZero();

        DirectoryDocument directory = DirectoryDocument.fromJson(read(json));
        assertThat(directory.members())
                .extracting(DirectoryMemberEntry::onsForceCode)
                .containsExactly("E23000028", null);
        JsonNode members = new ObjectMapper().readTree(read(json)).path("members");
        assertThat(members.get(0).path("onsForceCode").asText()).isEqualTo("E23000028");
        assertThat(members.get(1).has("onsForceCode")).as("no code, no field").isFalse();
    }

    @Test
    void refusesAnOnsForceCodeThatIsMalformedRepeatedOrForNoListedMember() {
        for (List<String> bad : List.of(
                List.of("GB-ESX=E2300002"),
                List.of("GB-ESX=X23000028"),
                List.of("GB-ESX"),
                List.of("GB-ESX=E23000028", "GB-ESX=E23000032"),
                List.of("GB-SFK=E23000025"))) {
            err.reset();
            String[] args =
                    new String[] {"directory", "--pki", pki.toString(), "--out", json.toString(), "--member", ESSEX};
            for (String code : bad) {
                args = append(args, "--ons-force-code", code);
            }
            assertThat(run(args)).as(bad.toString()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(bad.toString()).contains("--ons-force-code");
        }
        assertThat(json).doesNotExist();
    }

    @Test
    void rejectsBadMemberSpecificationsNamingTheOption() {
        for (List<String> bad : List.of(
                List.of("GB-ESX|Essex|https://127.0.0.1:9443"),
                List.of("GB-ESX|Essex|http://127.0.0.1:9443|POLICE"),
                List.of("GB-ESX|Essex|https://127.0.0.1:9443|COUNCIL"),
                List.of("GB-XXX|Nobody|https://127.0.0.1:9443|POLICE"),
                List.of(ESSEX, ESSEX))) {
            err.reset();
            String[] args = new String[] {"directory", "--pki", pki.toString(), "--out", json.toString()};
            for (String member : bad) {
                args = append(args, "--member", member);
            }
            assertThat(run(args)).as(bad.toString()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(bad.toString()).contains("--member");
        }
        assertThat(json).doesNotExist();
    }

    @Test
    void requiresAtLeastOneMember() {
        assertThat(run("directory", "--pki", pki.toString(), "--out", json.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing option --member");
    }

    private static String[] append(String[] args, String... more) {
        String[] joined = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, joined, args.length, more.length);
        return joined;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int run(String... args) {
        return ExamplePkiCommand.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
