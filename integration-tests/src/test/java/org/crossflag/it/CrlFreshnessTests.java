package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Revocation stays current on real nodes: a CRL past its maximum age stops federation traffic both ways and
 * turns health DOWN until a fresh one arrives, and a fresh CRL published beside the directory takes effect
 * without touching the node's own files. Each test runs its own two-node federation, since it moves clocks
 * and CRLs forward for good.
 */
class CrlFreshnessTests {

    @Test
    void crlPastItsMaximumAgeStopsTrafficBothWaysTurnsHealthDownAndHoldsOutboundMessages(@TempDir Path dir)
            throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, KENT), code -> Map.of())) {
            RunningNode essex = federation.node(ESSEX);
            RunningNode kent = federation.node(KENT);
            assertThat(health(essex).at("/status").asText()).isEqualTo("UP");

            // The test CRL was issued an hour ago and names a next update a year away; the default maximum age is 7
            // days.
            essex.clock().advance(Duration.ofDays(8));
            kent.clock().advance(Duration.ofDays(8));

            JsonNode health = health(essex);
            assertThat(health.at("/components/certificates/status").asText())
                    .as("certificates health")
                    .isEqualTo("DOWN");
            assertThat(health.at("/status").asText()).as("node health").isEqualTo("DOWN");
            assertThat(health.at("/components/certificates/details/crlFresh").asBoolean(true))
                    .isFalse();

            long essexStored = essex.inboundCount();
            ObjectNode envelope = TestEnvelopes.valid(KENT, ESSEX);
            Instant created = essex.clock().instant().truncatedTo(ChronoUnit.MILLIS);
            envelope.put("created", created.toString())
                    .put("expires", created.plus(Duration.ofHours(1)).toString());
            FederationTestClient.Answer inbound = client(federation, KENT)
                    .sendSigned(essex.federationUri(), TestEnvelopes.bytes(envelope), federation.pki.signing.get(KENT));
            assertThat(inbound.reason()).as("reason code").isEqualTo("CERTIFICATE_REVOCATION_UNKNOWN");
            assertThat(inbound.status()).as("HTTP status").isEqualTo(503);
            assertThat(essex.inboundCount()).as("messages stored at Essex").isEqualTo(essexStored);

            long kentStored = kent.inboundCount();
            String held = essex.outbox().queue(FederationExchangeTests.query(KENT));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "CERTIFICATE_REVOCATION_UNKNOWN".equals(lastError(essex, held)));
            assertThat(essex.outboxStatus(held)).as("held message").isIn("PENDING", "IN_FLIGHT");
            assertThat(kent.inboundCount()).as("messages stored at Kent").isEqualTo(kentStored);

            // The operator publishes a fresh CRL beside the directory: traffic resumes and the held message goes.
            Instant now = essex.clock().instant().truncatedTo(ChronoUnit.SECONDS);
            FederationPki.writePem(
                    federation.crlBesideDirectory(),
                    FederationPki.createCrl(
                            federation.pki.ca,
                            List.of(
                                    federation.pki.revokedTls.certificate(),
                                    federation.pki.revokedSigning.certificate()),
                            now.minus(Duration.ofMinutes(1)),
                            now.plus(Duration.ofDays(7))));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> essex.outboxStatus(held).equals("DELIVERED"));
            assertThat(health(essex).at("/components/certificates/status").asText())
                    .isEqualTo("UP");
            assertThat(kent.inboundCount()).isEqualTo(kentStored + 1);
        }
    }

    @Test
    void freshCrlFetchedFromTheDirectoryLocationRevokesAMemberAndOnlyANewerCaSignedCrlReplacesIt(@TempDir Path dir)
            throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, KENT), code -> Map.of())) {
            RunningNode essex = federation.node(ESSEX);
            Credential kentSigning = federation.pki.signing.get(KENT);
            FederationTestClient kent = client(federation, KENT);
            FederationTestClient.Answer before = kent.sendSigned(
                    essex.federationUri(), TestEnvelopes.bytes(TestEnvelopes.valid(KENT, ESSEX)), kentSigning);
            assertThat(before.status()).as("accepted before the revocation").isEqualTo(202);

            Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            FederationPki.writePem(
                    federation.crlBesideDirectory(),
                    FederationPki.createCrl(
                            federation.pki.ca,
                            List.of(kentSigning.certificate()),
                            issued,
                            issued.plus(Duration.ofDays(7))));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> issued.toString()
                            .equals(health(essex)
                                    .at("/components/certificates/details/crlThisUpdate")
                                    .asText()));
            assertRevoked(essex, kent, kentSigning);

            // An older CRL, signed by the federation CA and revoking nothing, does not undo the revocation.
            FederationPki.writePem(
                    federation.crlBesideDirectory(),
                    FederationPki.createCrl(
                            federation.pki.ca,
                            List.of(),
                            issued.minus(Duration.ofMinutes(10)),
                            issued.plus(Duration.ofDays(7))));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> health(essex)
                            .at("/components/certificates/details/lastCrlProblem")
                            .asText()
                            .contains("older"));
            assertRevoked(essex, kent, kentSigning);

            // Nor does a newer CRL signed by another CA.
            FederationPki.writePem(
                    federation.crlBesideDirectory(),
                    FederationPki.createCrl(
                            federation.pki.rogueCa,
                            List.of(),
                            issued.plus(Duration.ofMinutes(1)),
                            issued.plus(Duration.ofDays(7))));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> health(essex)
                            .at("/components/certificates/details/lastCrlProblem")
                            .asText()
                            .contains("not signed"));
            assertRevoked(essex, kent, kentSigning);
            assertThat(health(essex)
                            .at("/components/certificates/details/crlThisUpdate")
                            .asText())
                    .isEqualTo(issued.toString());
        }
    }

    private static void assertRevoked(RunningNode essex, FederationTestClient kent, Credential kentSigning)
            throws Exception {
        long stored = essex.inboundCount();
        FederationTestClient.Answer answer = kent.sendSigned(
                essex.federationUri(), TestEnvelopes.bytes(TestEnvelopes.valid(KENT, ESSEX)), kentSigning);
        assertThat(answer.reason()).as("reason code").isEqualTo("CERTIFICATE_REVOKED");
        assertThat(answer.status()).as("HTTP status").isEqualTo(403);
        assertThat(essex.inboundCount()).as("messages stored").isEqualTo(stored);
    }

    static JsonNode health(RunningNode node) {
        try {
            return FederationTestClient.JSON.readTree(node.management("/actuator/health"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastError(RunningNode node, String messageId) {
        return node.jdbc()
                .queryForObject("select last_error from outbox_message where message_id = ?", String.class, messageId);
    }

    private static FederationTestClient client(TestFederation federation, String code) throws Exception {
        return new FederationTestClient(federation.pki.tls.get(code), federation.pki.caCertificate());
    }
}
