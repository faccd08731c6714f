package org.crossflag.gateway.hearings.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.matching.MatchingSecret;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;

/** Reads the federation matching secret's versions from their files, naming the key at fault when one is bad. */
public final class MatchingKeys {

    private MatchingKeys() {}

    /** The keyring, or null when no key is configured (the node then neither asks nor answers). */
    public static MatchingKeyring keyring(CrossflagProperties.Matching matching) {
        if (matching.keys().isEmpty()) {
            return null;
        }
        List<MatchingSecret> secrets = new ArrayList<>();
        for (int i = 0; i < matching.keys().size(); i++) {
            CrossflagProperties.MatchingKey key = matching.keys().get(i);
            String name = "crossflag.matching.keys[" + i + "].secret-file";
            byte[] secret;
            try {
                secret = Base64.getDecoder()
                        .decode(Files.readString(key.secretFile(), StandardCharsets.US_ASCII)
                                .strip());
            } catch (IOException e) {
                throw new InvalidConfigurationException(name, "cannot read " + key.secretFile(), e);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException(name, key.secretFile() + " must hold base64 text");
            }
            if (secret.length < MatchingSecret.MIN_SECRET_BYTES) {
                throw new InvalidConfigurationException(
                        name,
                        "the secret must be at least " + MatchingSecret.MIN_SECRET_BYTES + " bytes, was "
                                + secret.length);
            }
            secrets.add(new MatchingSecret(key.version(), secret, key.start()));
        }
        try {
            return new MatchingKeyring(secrets, matching.changeover());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("crossflag.matching.keys", e.getMessage(), e);
        }
    }
}
