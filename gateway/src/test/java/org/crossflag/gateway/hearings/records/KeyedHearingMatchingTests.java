package org.crossflag.gateway.hearings.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.matching.EncodedPersonIndex;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncodingCodec;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchThresholds;
import org.crossflag.gateway.matching.MatchingFixtures;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.matching.PerQueryEncoder;
import org.junit.jupiter.api.Test;

/** Matching under a key: what one node encodes for a query, another node reads and answers from its index. */
class KeyedHearingMatchingTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalPerson HEARD = new LocalPerson(
            "ESX-P-412",
            List.of("Ambrose"),
            List.of("Kettleby"),
            List.of(),
            "1983-04-19",
            "M",
            "CM1 1AA",
            null,
            null,
            null,
            null);
    private static final LocalPerson OTHER = new LocalPerson(
            "ESX-P-977",
            List.of("Philippa"),
            List.of("Thornaby"),
            List.of(),
            "1961-11-30",
            "F",
            "TR1 2ZZ",
            null,
            null,
            null,
            null);

    private final MatchingKeyring keyring = MatchingKeyring.single(4, MatchingFixtures.secret("keyed-matching-tests"));

    @Test
    void aHeardPersonIsFoundByAQueryForThemAndNobodyElseIs() {
        HearingMatching asking = matching();
        HearingMatching answering = matching();
        answering.indexOnCommit("person-heard", HEARD);
        answering.indexOnCommit("person-other", OTHER);

        HearingMatching.QueryEncoding query = asking.encodeForQuery(LocalPeople.identity(HEARD), CLOCK.instant())
                .orElseThrow();
        List<MatchCandidate> candidates = answering.candidates(answering.readQuery(query.wire()));

        assertThat(query.keyVersion()).isEqualTo(4);
        assertThat(candidates).extracting(MatchCandidate::localId).containsExactly("person-heard");
        assertThat(candidates.get(0).band()).isEqualTo(MatchBand.MATCH);
    }

    /**
     * The roles are kept apart: a person a hearing recorded as a victim is never a subject's candidate, so neither a
     * prior-hearing hit nor a DVDS check (both ask {@code candidates}) can return her record as if she were the subject.
     */
    @Test
    void aPersonRecordedAsAVictimIsFoundOnlyAmongVictimsNeverAsASubject() {
        HearingMatching asking = matching();
        HearingMatching answering = matching();
        answering.indexOnCommit("person-heard", HEARD);
        answering.indexVictimOnCommit("person-harmed", OTHER);

        HearingMatching.QueryEncoding forOther = asking.encodeForQuery(LocalPeople.identity(OTHER), CLOCK.instant())
                .orElseThrow();
        HearingMatching.QueryEncoding forHeard = asking.encodeForQuery(LocalPeople.identity(HEARD), CLOCK.instant())
                .orElseThrow();

        assertThat(answering.candidates(answering.readQuery(forOther.wire()))).isEmpty();
        assertThat(answering.victimCandidates(answering.readQuery(forOther.wire())))
                .extracting(MatchCandidate::localId)
                .containsExactly("person-harmed");
        assertThat(answering.victimCandidates(answering.readQuery(forHeard.wire())))
                .isEmpty();

        answering.unindexVictimOnCommit("person-harmed");
        assertThat(answering.victimCandidates(answering.readQuery(forOther.wire())))
                .isEmpty();
    }

    @Test
    void closingTheNodeLetsBothIndexesGo() {
        HearingMatching answering = matching();
        answering.indexOnCommit("person-heard", HEARD);
        answering.indexVictimOnCommit("person-harmed", OTHER);
        HearingMatching.QueryEncoding forHeard = matching()
                .encodeForQuery(LocalPeople.identity(HEARD), CLOCK.instant())
                .orElseThrow();
        HearingMatching.QueryEncoding forOther = matching()
                .encodeForQuery(LocalPeople.identity(OTHER), CLOCK.instant())
                .orElseThrow();

        answering.close();

        assertThat(answering.candidates(answering.readQuery(forHeard.wire()))).isEmpty();
        assertThat(answering.victimCandidates(answering.readQuery(forOther.wire())))
                .isEmpty();
    }

    /** Two forces encoding the same victim for the same query can compare; for another query they cannot. */
    @Test
    void encodingsForOneQueryCompareWithEachOtherOnly() {
        HearingMatching essex = matching();
        HearingMatching kent = matching();
        LocalPerson kate = new LocalPerson(
                "KNT-V-1",
                List.of("Kate"),
                List.of("Kettleby"),
                List.of(),
                "1983-04-19",
                "F",
                null,
                null,
                null,
                null,
                null);
        LocalPerson katherine = new LocalPerson(
                "ESX-V-1",
                List.of("Katherine"),
                List.of("Kettleby"),
                List.of(),
                "1983-04-19",
                "F",
                "CM1 1AA",
                null,
                null,
                null,
                null);

        var essexEncoding = essex.encodeForOneQuery("query-1", 4, katherine).orElseThrow();
        var kentEncoding = kent.encodeForOneQuery("query-1", 4, kate).orElseThrow();
        var otherQuery = kent.encodeForOneQuery("query-2", 4, kate).orElseThrow();

        assertThat(essex.compareForOneQuery(essexEncoding, kentEncoding)).isEqualTo(MatchBand.MATCH);
        assertThat(essex.compareForOneQuery(essexEncoding, otherQuery)).isEqualTo(MatchBand.NO_MATCH);
        assertThat(essex.compareForOneQuery(
                        essexEncoding,
                        essex.encodeForOneQuery("query-1", 4, OTHER).orElseThrow()))
                .isEqualTo(MatchBand.NO_MATCH);
        // Never comparable with the index: a query for the same person under the version's own keys finds nothing.
        kent.indexOnCommit("kate", kate);
        assertThat(kent.candidates(kent.readQuery(essexEncoding))).isEmpty();
    }

    @Test
    void aPersonWhoseDateOfBirthMatchingCannotReadIsRefusedWhenIndexed() {
        LocalPerson unreadable = new LocalPerson(
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

        RejectedRecordException refused = catchThrowableOfType(
                RejectedRecordException.class, () -> matching().indexOnCommit("person-1", unreadable));

        assertThat(refused.reasonCode()).isEqualTo("DATE_OF_BIRTH_INVALID");
    }

    private HearingMatching matching() {
        IdentityEncoder encoder = new IdentityEncoder(keyring);
        LocalHearingIndex index =
                new LocalHearingIndex(new EncodedPersonIndex(keyring, CLOCK, MatchThresholds.DEFAULTS), encoder, CLOCK);
        LocalHearingIndex victims =
                new LocalHearingIndex(new EncodedPersonIndex(keyring, CLOCK, MatchThresholds.DEFAULTS), encoder, CLOCK);
        return new KeyedHearingMatching(
                encoder,
                new IdentityEncodingCodec(),
                index,
                victims,
                new PerQueryEncoder(keyring, MatchThresholds.DEFAULTS));
    }
}
