package org.crossflag.gateway.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * The node's secret key for the audit chain (HMAC-SHA256). It lives in a file beside the signing key, never in
 * the database, so someone who can change the database alone cannot recompute a chain hash. The file holds the
 * base64 of at least 32 random bytes, e.g. made with {@code openssl rand -base64 32}.
 */
final class AuditChainKey {

    static final String SETTING = "crossflag.audit.chain-key";
    static final int MIN_BYTES = 32;

    private final SecretKeySpec key;

    AuditChainKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException(
                    "holds " + secret.length + " bytes, at least " + MIN_BYTES + " are needed");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** Reads the key file; a missing, unreadable or short key stops the node with an error naming the setting. */
    static AuditChainKey read(Path file) {
        if (file == null) {
            throw new InvalidConfigurationException(
                    SETTING,
                    "is required: a file holding the base64 of at least " + MIN_BYTES
                            + " random bytes (openssl rand -base64 32)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException | RuntimeException e) {
            throw new InvalidConfigurationException(SETTING, "cannot read " + file, e);
        }
        try {
            return new AuditChainKey(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            // The message never repeats the file's content: it is a secret.
            throw new InvalidConfigurationException(
                    SETTING,
                    file + " must hold the base64 of at least " + MIN_BYTES
                            + " random bytes ("
                            + (e.getMessage() != null && e.getMessage().startsWith("holds")
                                    ? e.getMessage()
                                    : "not base64")
                            + ")");
        }
    }

    byte[] mac(byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
