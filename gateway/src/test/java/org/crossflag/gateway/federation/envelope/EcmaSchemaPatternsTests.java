package org.crossflag.gateway.federation.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Schema patterns keep their JSON Schema (ECMA-262) meaning, where "$" is the end of the string: an id, a code or a
 * reference with a newline appended fails its schema. And what forces really write passes it.
 */
class EcmaSchemaPatternsTests {

    final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void aMessageIdWithAFinalNewlineFailsTheSchema() throws Exception {
        ObjectNode envelope = tree();
        envelope.put("messageId", envelope.path("messageId").asText() + "\n");

        assertRefused(envelope, "/messageId");
    }

    @Test
    void aSenderCodeWithAFinalNewlineFailsTheSchema() throws Exception {
        assertRefused(tree().put("sender", "GB-KNT\n"), "/sender");
    }

    @Test
    void aReasonCodeOf60CharactersAndANewlineFailsTheSchemaWithoutItItPasses() throws Exception {
        ObjectNode refusal = refusal("R" + "E".repeat(59) + "\n");
        assertRefused(refusal, "/payload/reasonCode");

        assertThat(codec.decode(bytes(refusal("R" + "E".repeat(59)))).type()).isEqualTo(MessageType.REFUSAL);
    }

    @Test
    void aHitWithASpacedReferenceAndAnExtPhonePassesAndOneWithANewlineDoesNot() throws Exception {
        assertThat(codec.decode(bytes(alert("MARAC ESX 0412", "01632 960101 ext 4", "MARAC coordinator, Chelmsford")))
                        .type())
                .isEqualTo(MessageType.CROSS_AREA_ALERT);
        assertRefused(alert("MARAC ESX 0412\n", "01632 960101", "MARAC coordinator"), "/payload/heardReference");
        assertRefused(
                alert("MARAC ESX 0412", "01632 960101\n", "MARAC coordinator"), "/payload/referral/contact/phone");
        assertRefused(
                alert("MARAC ESX 0412", "01632 960101", "MARAC coordinator\nBcc: x@example.org"),
                "/payload/referral/contact/name");
    }

    @Test
    void onlyDollarAnchorsOutsideCharacterClassesBecomeTheEndOfInput() {
        assertThat(EcmaRegularExpressions.withEndOfInput("^[A-Z]{2}$")).isEqualTo("^[A-Z]{2}(?![\\s\\S])");
        assertThat(EcmaRegularExpressions.withEndOfInput("^[$\\]]\\$x$")).isEqualTo("^[$\\]]\\$x(?![\\s\\S])");
        var pattern = EcmaRegularExpressions.INSTANCE.getRegularExpression("^[A-Z]{2}-[A-Z0-9]{2,8}$");
        assertThat(pattern.matches("GB-ESX")).isTrue();
        assertThat(pattern.matches("GB-ESX\n")).isFalse();
        assertThat(pattern.matches("x\nGB-ESX")).isFalse();
        assertThat(EcmaRegularExpressions.INSTANCE.getRegularExpression("ESX").matches("GB-ESX-1"))
                .as("searched, not whole")
                .isTrue();
    }

    ObjectNode tree() throws Exception {
        return (ObjectNode) codec.mapper().readTree(codec.encode(EnvelopeCodecTests.envelope(codec)));
    }

    ObjectNode refusal(String reasonCode) throws Exception {
        ObjectNode envelope = tree().put("type", "Refusal");
        envelope.putObject("payload")
                .put("refusedMessageId", "0b0e1f9c-2d3e-4f50-8a6b-7c8d9e0f1a2b")
                .put("refusedType", "PriorHearingQuery")
                .put("reasonCode", reasonCode)
                .put("detail", "refused");
        return envelope;
    }

    ObjectNode alert(String heardReference, String phone, String name) throws Exception {
        ObjectNode envelope = tree().put("type", "CrossAreaAlert");
        ObjectNode payload = envelope.putObject("payload")
                .put("hitId", "0b0e1f9c-2d3e-4f50-8a6b-7c8d9e0f1a2b")
                .put("heardForum", "MARAC")
                .put("heardOn", "2026-05-14")
                .put("heardReference", heardReference)
                .put("band", "MATCH");
        ObjectNode referral = payload.putObject("referral")
                .put("forum", "MARAC")
                .put("referredOn", "2026-11-20")
                .put("reference", "MARAC SFK 2026 1187");
        referral.putObject("contact").put("name", name).put("phone", phone);
        return envelope;
    }

    byte[] bytes(ObjectNode envelope) throws Exception {
        return codec.mapper().writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8);
    }

    void assertRefused(ObjectNode envelope, String where) throws Exception {
        MessageRejectedException refused =
                catchThrowableOfType(MessageRejectedException.class, () -> codec.decode(bytes(envelope)));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.reason()).isEqualTo(RejectionReason.SCHEMA_INVALID);
        assertThat(refused.getMessage()).contains(where);
    }
}
