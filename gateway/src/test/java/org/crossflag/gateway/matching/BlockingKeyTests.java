package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class BlockingKeyTests {

    private final IdentityEncoder encoder = new IdentityEncoder(MatchingFixtures.single());

    @Test
    void keysAreTruncatedToTheirKindsWidth() {
        for (int key : encoder.encode(person("Aisha", "Okonkwo", "1988-02-17").withPncId("10/1234567X"), 1)
                .blockingKeys()) {
            assertThat(BlockingKey.isValid(key)).isTrue();
        }
        assertThat(BlockingKey.isValid((3 << 24) | (1 << 12)))
                .as("wider than DATE's 12 bits")
                .isFalse();
        assertThat(BlockingKey.isValid((9 << 24) | 1)).as("unknown kind").isFalse();
    }

    @Test
    void commonErrorsStillShareAKey() {
        int[] original = keys(person("Owen", "Chambers", "1959-03-11"));
        assertThat(shared(original, keys(person("Chambers", "Owen", "1959-03-11"))))
                .as("order swap")
                .isTrue();
        assertThat(shared(original, keys(person("Owen", "Chambers", "1959-11-03"))))
                .as("day/month swap")
                .isTrue();
        assertThat(shared(original, keys(person("Owen", "Chambers", "1969-03-11"))))
                .as("year typo")
                .isTrue();
        assertThat(shared(original, keys(person("Owen", "Chambres", "1959-03-11"))))
                .as("surname typo")
                .isTrue();
        assertThat(shared(original, keys(person("Owen", "Chambers", ""))))
                .as("no date of birth")
                .isTrue();
        assertThat(shared(keys(person("Robert", "Kowalczyk", "")), keys(person("Bob", "Kowalczyk", ""))))
                .as("nickname, no date")
                .isTrue();
    }

    @Test
    void unrelatedPeopleShareNoKey() {
        assertThat(shared(
                        keys(person("Owen", "Chambers", "1959-03-11")), keys(person("Zainab", "Mensah", "2001-09-30"))))
                .isFalse();
    }

    @Test
    void postcodeTokensGoFromPreciseToCoarse() {
        assertThat(PostcodeTokens.tokens("SW1A1AA")).containsExactly("pc:SW1A1AA", "ps:SW1A1", "pd:SW1A", "pa:SW");
        assertThat(PostcodeTokens.tokens("B11BB")).containsExactly("pc:B11BB", "ps:B11", "pd:B1", "pa:B");
    }

    private int[] keys(PersonIdentity person) {
        return encoder.encode(person, 1).blockingKeys();
    }

    private static boolean shared(int[] a, int[] b) {
        List<Integer> left = Arrays.stream(a).boxed().toList();
        return Arrays.stream(b).anyMatch(left::contains);
    }
}
