package org.crossflag.gateway.federation.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class EnvelopeCodecTests {

    static final String SYNTHETIC_NAME = "Quentin Marrowby";
    static final Instant CREATED = Instant.parse("2031-03-14T09:26:53.589Z");

    final EnvelopeCodec codec = new EnvelopeCodec();

    /** A schema-valid envelope with synthetic content. */
    static Envelope envelope(EnvelopeCodec codec) {
        ObjectNode payload = codec.mapper().createObjectNode();
        payload.put("clk", "c3ludGhldGljLWJsb29tLWZpbHRlcg==");
        payload.putObject("window").put("months", 12);
        return new Envelope(
                "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
                "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                1L,
                MessageType.EXCHANGE_TEST,
                "GB-KNT",
                "GB-ESX",
                CREATED,
                CREATED.plus(Duration.ofHours(24)),
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("officer.4711", RequesterRole.MARAC_COORDINATOR),
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG, DataCategory.RISK_SCORE),
                payload);
    }

    @Test
    void validEnvelopeRoundTripsToAnEqualRecord() {
        Envelope original = envelope(codec);

        Envelope decoded = codec.decode(codec.encode(original));

        assertThat(decoded).isEqualTo(original);
    }

    @Test
    void encodingWritesInstantsAsIsoStringsAndOmitsAbsentJustification() {
        String json = new String(codec.encode(envelope(codec)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"created\":\"2031-03-14T09:26:53.589Z\"").doesNotContain("justification");
    }

    @Test
    void codesAreWrittenExactlyAsTheWireSpellsThem() {
        String json = new String(codec.encode(envelope(codec)), StandardCharsets.UTF_8);

        assertThat(json)
                .isEqualTo("{\"messageId\":\"3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\","
                        + "\"correlationId\":\"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\",\"correlationSequence\":1,"
                        + "\"type\":\"ExchangeTest\",\"sender\":\"GB-KNT\",\"recipient\":\"GB-ESX\","
                        + "\"created\":\"2031-03-14T09:26:53.589Z\",\"expires\":\"2031-03-15T09:26:53.589Z\","
                        + "\"purpose\":\"MARAC_SAFEGUARDING\",\"legalBasis\":\"DPA2018_PART3_LAW_ENFORCEMENT\","
                        + "\"requester\":{\"officerId\":\"officer.4711\",\"role\":\"MARAC_COORDINATOR\"},"
                        + "\"consent\":{\"state\":\"GIVEN\"},\"dataCategories\":[\"HEARING_FLAG\",\"RISK_SCORE\"],"
                        + "\"payload\":{\"clk\":\"c3ludGhldGljLWJsb29tLWZpbHRlcg==\",\"window\":{\"months\":12}}}");
    }

    @Test
    void receivedCodesAreReadIntoTheirConstants() {
        Envelope decoded = codec.decode(codec.encode(envelope(codec)));

        assertThat(decoded.type()).isEqualTo(MessageType.EXCHANGE_TEST);
        assertThat(decoded.purpose()).isEqualTo(Purpose.MARAC_SAFEGUARDING);
        assertThat(decoded.legalBasis()).isEqualTo(LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT);
        assertThat(decoded.requester().role()).isEqualTo(RequesterRole.MARAC_COORDINATOR);
        assertThat(decoded.consent().state()).isEqualTo(ConsentState.GIVEN);
        assertThat(decoded.dataCategories()).containsExactly(DataCategory.HEARING_FLAG, DataCategory.RISK_SCORE);
    }

    @Test
    void aStoredMessageWithACodeTheVocabularyLacksFailsNamingTheValue() {
        String stored = new String(codec.encode(envelope(codec)), StandardCharsets.UTF_8);
        byte[] changed =
                stored.replace("\"MARAC_COORDINATOR\"", "\"CHIEF_CONSTABLE\"").getBytes(StandardCharsets.UTF_8);

        IllegalStateException e =
                catchThrowableOfType(IllegalStateException.class, () -> codec.decodeAccepted(changed));

        assertThat(e).isNotNull();
        assertThat(e.getCause()).hasMessageContaining("CHIEF_CONSTABLE is not a requester role");
    }

    @Test
    void overriddenConsentWithJustificationRoundTrips() {
        Envelope original = with(
                envelope(codec),
                new Envelope.Consent(
                        ConsentState.REFUSED_OVERRIDDEN,
                        "Serious risk of harm to a child assessed at the synthetic panel"));

        assertThat(codec.decode(codec.encode(original))).isEqualTo(original);
    }

    @Test
    void encodingAnEnvelopeWithoutPurposeIsRefused() {
        Envelope e = envelope(codec);
        Envelope withoutPurpose = new Envelope(
                e.messageId(),
                e.correlationId(),
                e.correlationSequence(),
                e.type(),
                e.sender(),
                e.recipient(),
                e.created(),
                e.expires(),
                null,
                e.legalBasis(),
                e.requester(),
                e.consent(),
                e.dataCategories(),
                e.payload());

        MessageRejectedException rejected =
                catchThrowableOfType(MessageRejectedException.class, () -> codec.encode(withoutPurpose));

        assertThat(rejected).isNotNull();
        assertThat(rejected.reason()).isEqualTo(RejectionReason.SCHEMA_INVALID);
        assertThat(rejected.getMessage()).contains("purpose");
    }

    @Test
    void unknownTopLevelPropertyIsRefused() {
        assertRejected(tree -> tree.put("priority", "HIGH"));
    }

    @Test
    void unknownPropertyNameIsNotEchoed() {
        MessageRejectedException rejected = assertRejected(tree -> tree.put(SYNTHETIC_NAME, "x"));

        assertThat(rejected.getMessage()).doesNotContain(SYNTHETIC_NAME).doesNotContain("Marrowby");
    }

    @Test
    void duplicateKeyIsRefused() {
        String json = new String(codec.encode(envelope(codec)), StandardCharsets.UTF_8);
        String duplicated = json.replaceFirst("\\{", "{\"purpose\":\"DVDS_RIGHT_TO_ASK\",");
        assertThat(duplicated).isNotEqualTo(json);

        assertRejected(duplicated.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void duplicateKeyInsideThePayloadIsRefused() {
        String json = new String(codec.encode(envelope(codec)), StandardCharsets.UTF_8);
        String duplicated = json.replace("\"payload\":{", "\"payload\":{\"clk\":\"AAAA\",");
        assertThat(duplicated).isNotEqualTo(json);

        assertRejected(duplicated.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertRejected("[1,2,3]".getBytes(StandardCharsets.UTF_8));
        assertRejected("\"GB-KNT\"".getBytes(StandardCharsets.UTF_8));
        assertRejected("null".getBytes(StandardCharsets.UTF_8));
        assertRejected(new byte[0]);
    }

    @Test
    void malformedJsonIsRefused() {
        byte[] valid = codec.encode(envelope(codec));
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length - 3);

        assertRejected(truncated);
        assertRejected("{\"messageId\": ".getBytes(StandardCharsets.UTF_8));
        assertRejected("<envelope/>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badUuidIsRefusedAndNotEchoedAsTheMessageId() {
        MessageRejectedException rejected =
                assertRejected(tree -> tree.put("messageId", "3F1C2A4E-5B6D-4E7F-8A9B-0C1D2E3F4A5B"));

        assertThat(rejected.messageId()).isNull();
        assertThat(rejected.sender()).isEqualTo("GB-KNT");
        assertRejected(tree -> tree.put("correlationId", "not-a-uuid"));
    }

    @Test
    void schemaRefusalEchoesOnlyAWellFormedMessageId() {
        MessageRejectedException rejected = assertRejected(tree -> tree.put("legalBasis", "GUT_FEELING"));

        assertThat(rejected.messageId()).isEqualTo("3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
        assertThat(rejected.sender()).isEqualTo("GB-KNT");
    }

    @Test
    void contentAfterTheEnvelopeIsRefused() {
        String json = new String(codec.encode(envelope(codec)), StandardCharsets.UTF_8);

        assertRejected((json + " {\"note\":\"" + SYNTHETIC_NAME + "\"}").getBytes(StandardCharsets.UTF_8));
        assertRejected((json + "]]]").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unknownMessageTypeIsRefused() {
        assertRejected(tree -> tree.put("type", "PerpetratorDossier"));
    }

    @Test
    void overriddenConsentWithoutJustificationIsRefused() {
        assertRejected(tree -> tree.putObject("consent").put("state", "REFUSED_OVERRIDDEN"));
    }

    @Test
    void overriddenConsentWithJustificationIsAccepted() {
        ObjectNode tree = tree();
        tree.putObject("consent")
                .put("state", "REFUSED_OVERRIDDEN")
                .put("justification", "Immediate safeguarding risk recorded at the synthetic MARAC");

        Envelope decoded = codec.decode(bytes(tree));

        assertThat(decoded.consent().state()).isEqualTo(ConsentState.REFUSED_OVERRIDDEN);
        assertThat(decoded.consent().justification()).startsWith("Immediate safeguarding risk");
    }

    @Test
    void malformedInstantIsRefused() {
        assertRejected(tree -> tree.put("created", "14/03/2031 09:26"));
        // matches the schema's pattern but is not a real date
        assertRejected(tree -> tree.put("expires", "2031-02-30T09:26:53Z"));
    }

    @Test
    void payloadNestedBeyondTheConfiguredDepthIsRefused() {
        MessageRejectedException rejected = assertRejected(tree -> nest(tree.putObject("payload"), 40));

        assertThat(rejected.getMessage()).contains("not well-formed JSON");
    }

    @Test
    void payloadNestedWithinTheConfiguredDepthIsAccepted() {
        ObjectNode tree = tree();
        nest(tree.putObject("payload"), 20);

        assertThat(codec.decode(bytes(tree)).payload().has("level")).isTrue();
    }

    @Test
    void rejectionDetailNeverContainsTheOffendingValue() {
        MessageRejectedException purpose = assertRejected(tree -> tree.put("purpose", SYNTHETIC_NAME));
        MessageRejectedException officer =
                assertRejected(tree -> ((ObjectNode) tree.get("requester")).put("officerId", SYNTHETIC_NAME));
        MessageRejectedException sender = assertRejected(tree -> tree.put("sender", SYNTHETIC_NAME));
        MessageRejectedException category =
                assertRejected(tree -> tree.putArray("dataCategories").add(SYNTHETIC_NAME));

        for (MessageRejectedException rejected : List.of(purpose, officer, sender, category)) {
            assertThat(rejected.getMessage()).doesNotContain(SYNTHETIC_NAME).doesNotContain("Marrowby");
            assertThat(rejected.sender()).isNotEqualTo(SYNTHETIC_NAME);
        }
        assertThat(purpose.getMessage()).contains("purpose");
        assertThat(sender.sender()).isNull();
    }

    private ObjectNode tree() {
        return codec.mapper().valueToTree(envelope(codec));
    }

    private byte[] bytes(ObjectNode tree) {
        try {
            return codec.mapper().writeValueAsBytes(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MessageRejectedException assertRejected(Consumer<ObjectNode> change) {
        ObjectNode tree = tree();
        change.accept(tree);
        return assertRejected(bytes(tree));
    }

    private MessageRejectedException assertRejected(byte[] body) {
        MessageRejectedException rejected =
                catchThrowableOfType(MessageRejectedException.class, () -> codec.decode(body));
        assertThat(rejected).as("decode must refuse the body").isNotNull();
        assertThat(rejected.reason()).isEqualTo(RejectionReason.SCHEMA_INVALID);
        return rejected;
    }

    private static void nest(ObjectNode node, int depth) {
        ObjectNode current = node;
        for (int i = 0; i < depth; i++) {
            current = current.putObject("level");
        }
        current.put("leaf", true);
    }

    private static Envelope with(Envelope e, Envelope.Consent consent) {
        return new Envelope(
                e.messageId(),
                e.correlationId(),
                e.correlationSequence(),
                e.type(),
                e.sender(),
                e.recipient(),
                e.created(),
                e.expires(),
                e.purpose(),
                e.legalBasis(),
                e.requester(),
                consent,
                e.dataCategories(),
                e.payload());
    }
}
