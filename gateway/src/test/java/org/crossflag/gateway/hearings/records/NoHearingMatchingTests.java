package org.crossflag.gateway.hearings.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchingFixtures;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.node.NodeIdentity;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A node with no matching key: it neither asks nor answers, and stores hearings whatever matching would make of them. */
class NoHearingMatchingTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalPerson PERSON = new LocalPerson(
            "ESX-P-412",
            List.of("Ambrose"),
            List.of("Kettleby"),
            List.of(),
            "1983-04-19",
            null,
            "CM1 1AA",
            null,
            null,
            null,
            null);

    private final HearingMatching none = HearingMatching.none(new NodeIdentity("GB-ESX"));

    @Test
    void aQueryCarriesNoEncoding() {
        assertThat(none.encodeForQuery(LocalPeople.identity(PERSON), NOW)).isEmpty();
    }

    @Test
    void anotherForcesQueryIsRefusedAsMatchingNotConfigured() {
        var encoding = JsonNodeFactory.instance.objectNode().put("format", 1).put("keyVersion", 1);

        MatchingNotConfiguredException refused =
                catchThrowableOfType(MatchingNotConfiguredException.class, () -> none.readQuery(encoding));

        assertThat(refused.reasonCode()).isEqualTo("MATCHING_NOT_CONFIGURED").isEqualTo(HearingMatching.NOT_CONFIGURED);
        assertThat(refused.getMessage()).isEqualTo("GB-ESX holds no matching key");
    }

    @Test
    void aQueryWithoutAnEncodingIsRefusedForWantOfAKeyNotAsMalformed() {
        MatchingNotConfiguredException refused =
                catchThrowableOfType(MatchingNotConfiguredException.class, () -> none.readQuery(null));

        assertThat(refused.reasonCode()).isEqualTo("MATCHING_NOT_CONFIGURED");
    }

    @Test
    void aValidEncodingMatchesNobody() {
        IdentityEncoding encoding = new IdentityEncoder(
                        MatchingKeyring.single(1, MatchingFixtures.secret("no-key-tests")))
                .encodeForQuery(LocalPeople.identity(PERSON), NOW);

        assertThat(none.candidates(encoding)).isEmpty();
    }

    @Test
    void indexingReadsNothingOfThePerson() {
        LocalPerson unreadableDateOfBirth = new LocalPerson(
                "ESX-P-413",
                List.of("Ambrose"),
                List.of("Kettleby"),
                List.of(),
                "19/04/1983",
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatCode(() -> none.indexOnCommit("person-1", unreadableDateOfBirth))
                .doesNotThrowAnyException();
    }
}
