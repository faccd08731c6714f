package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class IdentityEncodingCodecTests {

    private final IdentityEncodingCodec codec = new IdentityEncodingCodec();
    private final ObjectMapper mapper = new ObjectMapper();
    private final IdentityEncoding encoding = new IdentityEncoder(MatchingFixtures.single())
            .encode(
                    person("Aleksandra", "Kowalczyk-Smith", "1990-02-14")
                            .withPncId("07/1733272N")
                            .withAliases(List.of("Ola Smith"))
                            .withAddresses(List.of(new PostalAddress("NR2 5TU", "3 Mill Lane"))),
                    1);

    @Test
    void anEncodingSurvivesTheRoundTrip() throws Exception {
        JsonNode json = mapper.readTree(mapper.writeValueAsString(codec.write(encoding)));
        assertThat(codec.read(json)).isEqualTo(encoding);
    }

    @Test
    void theJsonIsSmallAndCarriesNothingReadable() throws Exception {
        String json = mapper.writeValueAsString(codec.write(encoding));
        assertThat(json.length()).isLessThan(2048);
        assertThat(json.toLowerCase())
                .doesNotContain("aleksandra")
                .doesNotContain("kowalczyk")
                .doesNotContain("smith")
                .doesNotContain("1990")
                .doesNotContain("nr2")
                .doesNotContain("mill")
                .doesNotContain("1733272");
    }

    @Test
    void malformedInputIsRefusedAsEncodingInvalid() {
        assertInvalid(mapper.createArrayNode(), "JSON object");
        assertInvalid(with("surname", mapper.getNodeFactory().textNode("Smith")), "unknown field surname");
        assertInvalid(with("format", mapper.getNodeFactory().numberNode(2)), "format");
        assertInvalid(with("keyVersion", mapper.getNodeFactory().numberNode(0)), "keyVersion");
        assertInvalid(with("keyVersion", mapper.getNodeFactory().textNode("1")), "keyVersion");
        assertInvalid(with("clk", mapper.getNodeFactory().textNode("not base64!")), "clk is not valid base64");
        assertInvalid(
                with("clk", mapper.getNodeFactory().textNode(Base64.getEncoder().encodeToString(new byte[64]))),
                "clk must hold 128 bytes");
        assertInvalid(with("names", mapper.createArrayNode()), "names");
        assertInvalid(
                with(
                        "postcode",
                        mapper.getNodeFactory().textNode(Base64.getEncoder().encodeToString(filled(32, 3)))),
                "not a balanced");
        assertInvalid(with("blockingKeys", mapper.createArrayNode().add(12345)), "blockingKeys[0]");
        assertInvalid(
                with("pnc", mapper.getNodeFactory().textNode(Base64.getEncoder().encodeToString(new byte[8]))),
                "pnc must not be zero");
        ObjectNode missing = codec.write(encoding);
        missing.remove("dateOfBirth");
        assertInvalid(missing, "dateOfBirth");
    }

    @Test
    void unsortedBlockingKeysAreRefused() {
        int[] keys = encoding.blockingKeys();
        assertInvalid(with("blockingKeys", mapper.createArrayNode().add(keys[1]).add(keys[0])), "sorted");
    }

    @Test
    void refusalsNeverEchoContent() {
        ObjectNode node = with("alice-smith-1985", mapper.getNodeFactory().textNode("x"));
        assertThatThrownBy(() -> codec.read(node)).hasMessageNotContaining("alice");
    }

    private ObjectNode with(String field, JsonNode value) {
        ObjectNode node = codec.write(encoding);
        node.set(field, value);
        return node;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private void assertInvalid(JsonNode node, String detail) {
        assertThatThrownBy(() -> codec.read(node)).isInstanceOfSatisfying(MatchingException.class, e -> {
            assertThat(e.reason()).isEqualTo(MatchingReason.ENCODING_INVALID);
            assertThat(e.getMessage()).contains(detail);
        });
    }
}
