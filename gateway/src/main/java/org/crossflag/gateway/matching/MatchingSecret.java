package org.crossflag.gateway.matching;

import java.time.Instant;
import java.util.Arrays;

/**
 * One version of the federation matching secret: every member holds it, and every key of the encoding is derived
 * from it. A version is used from its start instant.
 */
public record MatchingSecret(int version, byte[] secret, Instant start) {

    public static final int MIN_SECRET_BYTES = 32;

    public MatchingSecret {
        if (version < 1) {
            throw new IllegalArgumentException("matching key version must be at least 1");
        }
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "matching secret version " + version + " must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (start == null) {
            throw new IllegalArgumentException("matching secret version " + version + " needs a start instant");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchingSecret that
                && version == that.version
                && start.equals(that.start)
                && Arrays.equals(secret, that.secret);
    }

    @Override
    public int hashCode() {
        return 31 * version + start.hashCode();
    }

    @Override
    public String toString() {
        return "MatchingSecret[version=" + version + ", start=" + start + ", secret=redacted]";
    }
}
