package org.crossflag.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A node with a bad setting does not start, and what it prints names the key to fix. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTests {

    @TempDir
    Path dir;

    NodeFixture fixture;

    @BeforeEach
    void files() throws Exception {
        fixture = new NodeFixture(dir);
    }

    @Test
    void unknownKeyIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.exchange.max-body-size", "--crossflag.exchange.max-body-size=1000");
    }

    @Test
    void anAdaptersSettingsAreTheAdaptersToCheck(CapturedOutput output) {
        assertStartFailsNaming(
                output,
                "crossflag.adapters.rms-soap.adapterId",
                "--crossflag.adapters.rms-soap.enabled=true",
                "--crossflag.adapters.rms-soap.adapter-id=Essex RMS");
        assertThat(output.getAll())
                .contains("must be 1 to 40 lower-case letters")
                .doesNotContain("left unbound");
    }

    @Test
    void malformedNodeCodeIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.node.code", "--crossflag.node.code=essex");
    }

    @Test
    void unparseableDurationIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output, "crossflag.directory.refresh-interval", "--crossflag.directory.refresh-interval=soon");
    }

    @Test
    void bodyLimitOutOfRangeIsNamed(CapturedOutput output) {
        // Spring names constraint violations on records in camelCase, a form relaxed binding also accepts.
        assertStartFailsNaming(output, "crossflag.exchange.maxBodyBytes", "--crossflag.exchange.max-body-bytes=10");
        assertThat(output.getAll()).contains("must be greater than or equal to 1024");
    }

    @Test
    void outboxWakeLingerAboveASecondIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.outbox.wakeLinger", "--crossflag.outbox.wake-linger=PT5S");
    }

    @Test
    void inboxPollIntervalOfZeroIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.inbox.pollInterval", "--crossflag.inbox.poll-interval=PT0S");
    }

    @Test
    void inboxMaxBackoffBelowTheInitialIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.inbox.max-backoff", "--crossflag.inbox.max-backoff=PT0.1S");
        assertThat(output.getAll()).contains("must not be shorter than the initial backoff");
    }

    @Test
    void alertPushMaxBackoffBelowTheInitialIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output,
                "crossflag.hearings.alert-push-max-backoff",
                "--crossflag.hearings.alert-push-max-backoff=PT1S");
    }

    @Test
    void purgeIntervalUnderAMinuteIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output, "crossflag.background.purgeInterval", "--crossflag.background.purge-interval=PT1S");
    }

    @Test
    void unparseableDeadlineCheckIntervalIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output,
                "crossflag.hearings.deadline-check-interval",
                "--crossflag.hearings.deadline-check-interval=often");
    }

    @Test
    void noQueueWritersIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.outbox.queueWriters", "--crossflag.outbox.queue-writers=0");
    }

    @Test
    void aQuotaOfNoneIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.quotas.peerQueries", "--crossflag.quotas.peer-queries=0");
    }

    @Test
    void missingKeystoreFileIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output, "crossflag.signing.keystore", "--crossflag.signing.keystore=" + dir.resolve("absent.p12"));
    }

    @Test
    void signingKeystoreWithoutAnEd25519KeyIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output, "crossflag.signing.keystore", "--crossflag.signing.keystore=" + fixture.tlsKeystore());
        assertThat(output.getAll()).contains("must hold an Ed25519 signing key");
    }

    @Test
    void wrongKeystorePasswordIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.signing.keystore", "--crossflag.signing.password=wrong");
    }

    @Test
    void directoryNotSignedByTheOperatorIsNamed(CapturedOutput output) {
        byte[] json = fixture.directory(1, fixture.now.plus(Duration.ofDays(30)), NodeFixture.ALL_TYPES)
                .toJsonBytes();
        DirectoryDocument.writeSigned(fixture.directoryJson(), json, fixture.selfSigning.privateKey());
        assertStartFailsNaming(output, "crossflag.directory.location");
        assertThat(output.getAll()).contains("directory signature does not verify");
    }

    @Test
    void operatorCertificateFromAnotherCaIsNamed(CapturedOutput output) {
        var otherCa = FederationPki.createRootCa(
                "Other CA", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(9)));
        var otherOperator = FederationPki.issueOperatorCredential(
                otherCa,
                "Other Operator",
                fixture.now.minus(Duration.ofHours(1)),
                fixture.now.plus(Duration.ofDays(9)));
        Path pem = dir.resolve("other-operator.pem");
        FederationPki.writePem(pem, otherOperator.certificate());
        assertStartFailsNaming(
                output, "crossflag.directory.location", "--crossflag.directory.operator-certificate=" + pem);
        assertThat(output.getAll()).contains("operator certificate is UNTRUSTED");
    }

    @Test
    void nodeMissingFromTheDirectoryIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.node.code", "--crossflag.node.code=GB-ZZZ");
    }

    @Test
    void revokedSigningCertificateIsNamed(CapturedOutput output) {
        fixture.revoke(fixture.selfSigning);
        assertStartFailsNaming(output, "crossflag.signing.keystore");
        assertThat(output.getAll()).contains("certificate is REVOKED");
    }

    @Test
    void aPolicyFileWithAnUnknownCodeIsNamedWithTheEntryAndTheValue(CapturedOutput output) throws Exception {
        Path policy = dir.resolve("policy.yml");
        java.nio.file.Files.writeString(policy, """
                agreements:
                  - id: EASTERN-REGION-MARAC
                    members: ["*"]
                    messageTypes: [PriorHearingQuery]
                    purposes: [MARAC_SAFEGUARDING]
                    legalBases: [CRIME_AND_DISORDER_ACT_1998_S115]
                    roles: [CHIEF_CONSTABLE]
                    consentStates: [GIVEN]
                """);
        assertStartFailsNaming(output, "crossflag.policy.file", "--crossflag.policy.file=" + policy);
        assertThat(output.getAll())
                .contains(policy + " line 7: agreements[0].roles[0]: CHIEF_CONSTABLE is not a requester role");
    }

    @Test
    void aScoreToolsFileWithABadEntryIsNamedWithTheEntryAndTheField(CapturedOutput output) throws Exception {
        Path tools = dir.resolve("score-tools.yml");
        java.nio.file.Files.writeString(tools, """
                tools:
                  - tool: RFG
                    name: Recency, Frequency, Gravity
                    assesses: VICTIM_RISK
                    measures: Harm caused.
                    validation: PROVEN
                    validationNote: None.
                    sources: [{title: Force analysis}]
                """);
        assertStartFailsNaming(output, "crossflag.score-tools.file", "--crossflag.score-tools.file=" + tools);
        assertThat(output.getAll())
                .contains(tools + ": tools[0] (RFG): validation: PROVEN is not one of VALIDATED, PARTLY_VALIDATED");
    }

    @Test
    void anApiUserWithAnUnknownRoleIsNamed(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.api.users[0].role", apiUser("CHIEF_CONSTABLE"));
        assertThat(output.getAll()).contains("CHIEF_CONSTABLE");
    }

    @Test
    void anApiUserCannotLogInAsTheNodesServiceIdentity(CapturedOutput output) {
        assertStartFailsNaming(output, "crossflag.api.users[0]", apiUser("INTEGRATION_SERVICE"));
        assertThat(output.getAll()).contains("role must be an officer's role, not INTEGRATION_SERVICE");
    }

    // Spring names constraint violations on records in camelCase (crossflag.localSystems...), binding failures in
    // the kebab-case they were given.
    @Test
    void aLocalSystemsClientWithAnUnknownEventIsNamedWithTheValue(CapturedOutput output) {
        assertStartFailsNaming(
                output,
                "crossflag.local-systems.connector.clients[0].events[1]",
                localClient("records-system", "api-key-sha256=" + "ab".repeat(32), "HEARING_RECORDED", "HEARING_HELD"));
        assertThat(output.getAll()).contains("HEARING_HELD");
    }

    @Test
    void aLocalSystemsClientWithNeitherCertificateNorKeyIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output,
                "crossflag.localSystems.connector.clients[0].identifiable",
                localClient("records-system", null, "HEARING_RECORDED"));
        assertThat(output.getAll()).contains("a client needs a certificate-subject or an api-key-sha256");
    }

    @Test
    void aLocalSystemsClientConfiguredWithItsKeyRatherThanItsHashIsNamed(CapturedOutput output) {
        String plainKey = "synthetic-plain-api-key";
        assertStartFailsNaming(
                output,
                "crossflag.local-systems.connector.clients[0].api-key-sha256",
                localClient("records-system", "api-key-sha256=" + plainKey, "HEARING_RECORDED"));
        assertThat(output.getAll()).contains("never the key itself").doesNotContain(plainKey);
    }

    @Test
    void theLocalSystemsConnectorWithoutAKeystoreIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output,
                "crossflag.localSystems.connector.keystoreSetWhenOn",
                "--crossflag.local-systems.connector.port=9543");
        assertThat(output.getAll()).contains("keystore is required when the connector is on");
    }

    @Test
    void aClientCaStoreHoldingTheFederationRootIsNamed(CapturedOutput output) {
        assertStartFailsNaming(
                output,
                "crossflag.local-systems.connector.client-ca",
                "--crossflag.local-systems.connector.port=9543",
                "--crossflag.local-systems.connector.keystore=" + fixture.tlsKeystore(),
                "--crossflag.local-systems.connector.keystore-password=" + NodeFixture.PASSWORD,
                "--crossflag.local-systems.connector.client-ca=" + fixture.truststore(),
                "--crossflag.local-systems.connector.client-ca-password=" + NodeFixture.PASSWORD);
        assertThat(output.getAll()).contains("holds the federation root CA");
    }

    /** @param credential "certificate-subject=..." or "api-key-sha256=...", or null for neither */
    private static String[] localClient(String name, String credential, String... events) {
        String prefix = "--crossflag.local-systems.connector.clients[0].";
        List<String> args = new java.util.ArrayList<>();
        args.add(prefix + "name=" + name);
        if (credential != null) {
            args.add(prefix + credential);
        }
        for (int i = 0; i < events.length; i++) {
            args.add(prefix + "events[" + i + "]=" + events[i]);
        }
        return args.toArray(String[]::new);
    }

    private static String[] apiUser(String role) {
        return new String[] {
            "--crossflag.api.users[0].username=coordinator",
            "--crossflag.api.users[0].password={bcrypt}"
                    + "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3Y4r3pXy9c1ZQ4sY5u1Lk2e",
            "--crossflag.api.users[0].officer-id=ex.coordinator-7",
            "--crossflag.api.users[0].role=" + role
        };
    }

    private void assertStartFailsNaming(CapturedOutput output, String key, String... overrides) {
        List<String> args = fixture.nodeArguments();
        for (String override : overrides) {
            String name = override.substring(0, override.indexOf('=') + 1);
            args.removeIf(arg -> arg.startsWith(name));
            args.add(override);
        }
        assertThatThrownBy(() -> new SpringApplicationBuilder(CrossflagApplication.class)
                        .run(args.toArray(String[]::new))
                        .close())
                .isInstanceOf(Exception.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains(key);
    }
}
