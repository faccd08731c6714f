package org.crossflag.gateway.matching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Secrets, keyrings and synthetic people shared by the matching tests. */
public final class MatchingFixtures {

    static final Instant V1_START = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant V2_START = Instant.parse("2026-07-01T00:00:00Z");
    static final Duration CHANGEOVER = Duration.ofDays(14);

    private MatchingFixtures() {}

    public static byte[] secret(String seed) {
        byte[] secret = Arrays.copyOf(seed.getBytes(StandardCharsets.UTF_8), 32);
        secret[31] = 1;
        return secret;
    }

    /** Version 1 from January, version 2 from July, with a two-week changeover. */
    static MatchingKeyring twoVersions() {
        return new MatchingKeyring(
                List.of(
                        new MatchingSecret(1, secret("federation secret one"), V1_START),
                        new MatchingSecret(2, secret("federation secret two"), V2_START)),
                CHANGEOVER);
    }

    static MatchingKeyring single() {
        return MatchingKeyring.single(1, secret("federation secret one"));
    }

    static PersonIdentity person(String given, String family, String dob) {
        return PersonIdentity.of(given, family, PartialDate.parse(dob)).withSex(Sex.MALE);
    }
}
