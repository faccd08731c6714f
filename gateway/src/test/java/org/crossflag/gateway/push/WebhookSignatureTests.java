package org.crossflag.gateway.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.crossflag.gateway.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    /** 32 bytes 0x00..0x1f, written as Standard Webhooks writes a secret. */
    static final byte[] KEY = key(32);

    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    static final String ID = "5f0c7a52-1d3e-4b8a-9c61-0e2f4d6a8b90";
    static final long TIMESTAMP = 1_796_000_000L;
    static final byte[] BODY = "{\"type\":\"ALERT\",\"alertId\":\"a-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsHmacSha256OverIdTimestampAndBodyJoinedByDots() throws Exception {
        String expected =
                "v1," + independentHmac(KEY, ID + "." + TIMESTAMP + "." + new String(BODY, StandardCharsets.UTF_8));

        assertThat(WebhookSignature.fromSecret(SECRET).sign(ID, TIMESTAMP, BODY))
                .isEqualTo(expected);
    }

    @Test
    void aFixedVectorKeepsItsValue() throws Exception {
        // Computed outside Java: printf '%s' 'msg-1.1700000000.{}' | openssl dgst -sha256 -mac HMAC
        //   -macopt hexkey:000102...1e1f -binary | base64
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String signed = WebhookSignature.fromSecret(SECRET).sign("msg-1", 1_700_000_000L, body);

        assertThat(signed).isEqualTo("v1,zMpxuVkpu2iACBHDKid0S22IolTUiidrM2MkNDSCFi8=");
        assertThat(signed).isEqualTo("v1," + independentHmac(KEY, "msg-1.1700000000.{}"));
    }

    @Test
    void oneChangedByteOfTheBodyIdOrTimestampChangesTheSignature() {
        WebhookSignature signature = WebhookSignature.fromSecret(SECRET);
        String original = signature.sign(ID, TIMESTAMP, BODY);
        byte[] changed = Arrays.copyOf(BODY, BODY.length);
        changed[10] ^= 0x01;

        assertThat(signature.sign(ID, TIMESTAMP, changed)).isNotEqualTo(original);
        assertThat(signature.sign(ID, TIMESTAMP + 1, BODY)).isNotEqualTo(original);
        assertThat(signature.sign(ID.replace('5', '6'), TIMESTAMP, BODY)).isNotEqualTo(original);
    }

    @Test
    void anotherSecretGivesAnotherSignature() {
        byte[] other = key(32);
        other[0] = 0x7f;
        String otherSecret = "whsec_" + Base64.getEncoder().encodeToString(other);

        assertThat(WebhookSignature.fromSecret(otherSecret).sign(ID, TIMESTAMP, BODY))
                .isNotEqualTo(WebhookSignature.fromSecret(SECRET).sign(ID, TIMESTAMP, BODY));
    }

    @Test
    void aMissingMalformedShortOrLongSecretIsRefusedNamingTheKeyNotTheValue() {
        String shortSecret = "whsec_" + Base64.getEncoder().encodeToString(key(23));
        String longSecret = "whsec_" + Base64.getEncoder().encodeToString(key(65));
        for (String bad : new String[] {
            null, "", "  ", Base64.getEncoder().encodeToString(KEY), "whsec_not*base64!", shortSecret, longSecret
        }) {
            assertThatThrownBy(() -> WebhookSignature.fromSecret(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("crossflag.local-systems.alert-webhook.secret: ")
                    .satisfies(e -> {
                        if (bad != null && bad.length() > 6) {
                            assertThat(e.getMessage()).doesNotContain(bad.substring(6));
                        }
                    });
        }
        assertThat(WebhookSignature.fromSecret("whsec_" + Base64.getEncoder().encodeToString(key(24))))
                .isNotNull();
        assertThat(WebhookSignature.fromSecret("whsec_" + Base64.getEncoder().encodeToString(key(64))))
                .isNotNull();
    }

    @Test
    void theSecretNeverShowsInToString() {
        assertThat(WebhookSignature.fromSecret(SECRET).toString()).doesNotContain(SECRET.substring(6));
    }

    static String independentHmac(byte[] key, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] key(int length) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }
}
