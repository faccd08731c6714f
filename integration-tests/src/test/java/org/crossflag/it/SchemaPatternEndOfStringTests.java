package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Schema patterns mean what ECMA-262 says: {@code $} is the end of the string, not the place before a final
 * newline. A member sending an id or a reason code with a newline appended is refused at the door, and nothing is
 * stored, instead of passing the schema and failing its database column on every retry.
 */
class SchemaPatternEndOfStringTests {

    @TempDir
    static Path dir;

    static TestFederation federation;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(
                dir,
                TestFederation.Database.H2,
                List.of(ESSEX, SUFFOLK),
                code -> HearingsFederation.settings(code, secret, policy, "PT10S"));
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void aHitIdOfAUuidAndANewlineIsRefusedAtTheDoorAndNothingIsStored() throws Exception {
        String hitId = UUID.randomUUID() + "\n";
        assertThat(hitId).hasSize(37);
        ObjectNode alert = TestEnvelopes.valid(SUFFOLK, ESSEX).put("type", "CrossAreaAlert");
        alert.putArray("dataCategories").add("HEARING_FLAG").add("CONTACT_DETAILS");
        ObjectNode payload = alert.putObject("payload")
                .put("hitId", hitId)
                .put("heardForum", "MARAC")
                .put("heardOn", "2026-05-14")
                .put("heardReference", "MARAC-ESX-2026-0412")
                .put("band", "MATCH");
        ObjectNode referral = payload.putObject("referral")
                .put("forum", "MARAC")
                .put("referredOn", "2026-11-20")
                .put("reference", "MARAC-SFK-2026-1187");
        referral.putObject("contact").put("name", "MARAC coordinator, Ipswich").put("phone", "01632 960301");

        assertRefusedAtTheDoor(alert);
    }

    @Test
    void aMessageIdOfAUuidAndANewlineIsRefusedAtTheDoorAndNothingIsStored() throws Exception {
        ObjectNode envelope = TestEnvelopes.valid(SUFFOLK, ESSEX).put("messageId", UUID.randomUUID() + "\n");

        assertRefusedAtTheDoor(envelope);
    }

    @Test
    void aReasonCodeOf60CharactersAndANewlineIsRefusedAtTheDoorAndNothingIsStored() throws Exception {
        String reasonCode = "R" + "E".repeat(59) + "\n";
        assertThat(reasonCode).hasSize(61);
        ObjectNode refusal = TestEnvelopes.valid(SUFFOLK, ESSEX).put("type", "Refusal");
        refusal.putArray("dataCategories");
        refusal.putObject("payload")
                .put("refusedMessageId", UUID.randomUUID().toString())
                .put("refusedType", "PriorHearingQuery")
                .put("reasonCode", reasonCode)
                .put("detail", "refused");

        assertRefusedAtTheDoor(refusal);
    }

    @Test
    void theSameMessagesWithoutTheNewlineAreAccepted() throws Exception {
        ObjectNode refusal = TestEnvelopes.valid(SUFFOLK, ESSEX).put("type", "Refusal");
        refusal.putArray("dataCategories");
        refusal.putObject("payload")
                .put("refusedMessageId", UUID.randomUUID().toString())
                .put("refusedType", "PriorHearingQuery")
                .put("reasonCode", "R" + "E".repeat(59))
                .put("detail", "refused");

        FederationTestClient.Answer answer = send(refusal);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(202);
    }

    static void assertRefusedAtTheDoor(ObjectNode envelope) throws Exception {
        long before = federation.node(ESSEX).inboundCount();

        FederationTestClient.Answer answer = send(envelope);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("SCHEMA_INVALID");
        assertThat(federation.node(ESSEX).inboundCount()).isEqualTo(before);
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForObject(
                                "select count(*) from inbound_message where correlation_id = ?",
                                Long.class,
                                envelope.path("correlationId").asText()))
                .isZero();
    }

    static FederationTestClient.Answer send(ObjectNode envelope) throws Exception {
        FederationTestClient suffolk =
                new FederationTestClient(federation.pki.tls.get(SUFFOLK), federation.pki.caCertificate());
        return suffolk.sendSigned(
                federation.node(ESSEX).federationUri(),
                TestEnvelopes.bytes(envelope),
                federation.pki.signing.get(SUFFOLK));
    }
}
