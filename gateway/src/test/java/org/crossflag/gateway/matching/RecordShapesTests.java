package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every shape of record a force may hold, through normalisation, encoding, the index, a query and scoring: no name
 * at all, one name part, partial and unusable dates, empty and blank fields, duplicate ids. Each is either matched
 * on what it has or, when it has nothing to match on, held without error and found by nobody.
 */
class RecordShapesTests {

    private static final String PNC = "12/345678A";
    private final MatchingKeyring keyring = MatchingFixtures.single();
    private final IdentityEncoder encoder = new IdentityEncoder(keyring);
    private final EncodedPersonIndex index = new EncodedPersonIndex(
            keyring, Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC), MatchThresholds.DEFAULTS);
    private final PersonIdentity bystander = person("Gwendolyn", "Ashcombe", "1979-08-14");

    // --- no name at all --------------------------------------------------------------------------------------

    @Test
    void aRecordWithNoNameHasOneNameRowAllZero() throws Exception {
        IdentityEncoding unnamed = encoder.encode(unnamed(PNC, "1985-03-12"), 1);

        assertThat(unnamed.names()).hasNumberOfRows(1);
        assertThat(MatchScorer.isEmpty(unnamed.names()[0], 0, IdentityEncoding.NAME_WORDS))
                .isTrue();
        assertThat(unnamed.pncToken()).isNotZero();
        IdentityEncodingCodec codec = new IdentityEncodingCodec();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode wire = mapper.readTree(mapper.writeValueAsString(codec.write(unnamed)));
        assertThat(codec.read(wire)).isEqualTo(unnamed);
    }

    @Test
    void aRecordWithOnlyAPncAndADateOfBirthIsIndexedAndFoundByThem() {
        index.add("bystander", encoder.encode(bystander, 1));
        index.add("unnamed", encoder.encode(unnamed(PNC, "1985-03-12"), 1));

        List<MatchCandidate> found = index.query(encoder.encode(unnamed("2012/0345678A", "1985-03-12"), 1));

        assertThat(found).extracting(MatchCandidate::localId).containsExactly("unnamed");
        assertThat(found.get(0).band()).isEqualTo(MatchBand.MATCH);
    }

    @Test
    void aPncOnlyQueryFindsAPncOnlyPersonAndANamedPersonWithThatPnc() {
        index.add("bystander", encoder.encode(bystander, 1));
        index.add("pnc-only", encoder.encode(unnamed(PNC, ""), 1));
        index.add(
                "named",
                encoder.encode(person("Aurelio", "Penhaligon", "1985-03-12").withPncId(PNC), 1));

        List<MatchCandidate> found = index.query(encoder.encode(unnamed("12345678a", null), 1));

        assertThat(found).extracting(MatchCandidate::localId).containsExactlyInAnyOrder("pnc-only", "named");
        assertThat(found).allSatisfy(c -> assertThat(c.band()).isNotEqualTo(MatchBand.NO_MATCH));
    }

    @Test
    void anUnnamedRecordNeverMatchesOnNames() {
        IdentityEncoding unnamed = encoder.encode(unnamed(PNC, "1985-03-12"), 1);
        IdentityEncoding named = encoder.encode(person("Aurelio", "Penhaligon", "1985-03-12"), 1);

        assertThat(MatchScorer.parts(unnamed, named)[0]).isZero();
        assertThat(MatchScorer.parts(named, unnamed)[0]).isZero();
        assertThat(MatchScorer.parts(unnamed, unnamed)[0]).isZero();
        assertThat(MatchScorer.parts(encoder.encode(unnamed(null, "1985-03-12"), 1), named)[0])
                .as("a date of birth alone")
                .isZero();
    }

    @Test
    void namesThatNormaliseToNothingCountAsNoName() {
        PersonIdentity punctuation = new PersonIdentity(
                List.of("--"),
                List.of("...", "'"),
                List.of("?"),
                PartialDate.parse("1985-03-12"),
                null,
                null,
                PNC,
                null,
                null);

        IdentityEncoding encoding = encoder.encode(punctuation, 1);

        assertThat(encoding).isEqualTo(encoder.encode(unnamed(PNC, "1985-03-12"), 1));
        index.add("punctuation", encoding);
        assertThat(index.query(encoding)).extracting(MatchCandidate::localId).containsExactly("punctuation");
    }

    // --- one part of the name ---------------------------------------------------------------------------------

    @Test
    void aFamilyNameAloneWithADateOfBirthIsFound() {
        PersonIdentity familyOnly = named(List.of(), List.of("Penhaligon"), "1985-03-12");
        index.add("bystander", encoder.encode(bystander, 1));
        index.add("family-only", encoder.encode(familyOnly, 1));

        assertThat(index.query(encoder.encode(familyOnly, 1)))
                .extracting(MatchCandidate::localId, MatchCandidate::band)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("family-only", MatchBand.MATCH));
        assertThat(index.query(encoder.encode(person("Aurelio", "Penhaligon", "1985-03-12"), 1)))
                .as("the full name finds the family-name-only record")
                .extracting(MatchCandidate::localId)
                .containsExactly("family-only");
    }

    @Test
    void aGivenNameAloneWithADateOfBirthIsFound() {
        PersonIdentity givenOnly = named(List.of("Aurelio"), List.of(), "1985-03-12");
        index.add("bystander", encoder.encode(bystander, 1));
        index.add("given-only", encoder.encode(givenOnly, 1));

        assertThat(index.query(encoder.encode(givenOnly, 1)))
                .extracting(MatchCandidate::localId, MatchCandidate::band)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("given-only", MatchBand.MATCH));
    }

    @Test
    void aSingleNamePartWithoutADateHasNoBlockingKeySoIsHeldButNeverACandidate() {
        IdentityEncoding familyOnly = encoder.encode(named(List.of(), List.of("Penhaligon"), ""), 1);

        assertThat(familyOnly.blockingKeys()).isEmpty();
        index.add("family-only", familyOnly);
        assertThat(index.size(1)).isEqualTo(1);
        assertThat(index.query(familyOnly)).isEmpty();
    }

    // --- dates of birth ---------------------------------------------------------------------------------------

    @Test
    void partialDatesOfBirthMatchOnTheirYear() {
        List<String> partial = List.of("1985", "1985-03", "1985-??-12", "1985-00-12", "1985-??-??");
        for (int i = 0; i < partial.size(); i++) {
            index.add("partial-" + i, encoder.encode(person("Aurelio", "Penhaligon", partial.get(i)), 1));
        }
        index.add("other-year", encoder.encode(person("Aurelio", "Penhaligon", "1962"), 1));

        List<MatchCandidate> found = index.query(encoder.encode(person("Aurelio", "Penhaligon", "1985-03-12"), 1));

        assertThat(found)
                .extracting(MatchCandidate::localId)
                .containsExactlyInAnyOrder("partial-0", "partial-1", "partial-2", "partial-3", "partial-4");
        assertThat(found).allSatisfy(c -> assertThat(c.band()).isEqualTo(MatchBand.MATCH));
    }

    @Test
    void aDayAndMonthWithoutAYearSayNothing() {
        IdentityEncoding noYear = encoder.encode(person("Aurelio", "Penhaligon", "????-03-12"), 1);
        IdentityEncoding unknown = encoder.encode(person("Aurelio", "Penhaligon", ""), 1);

        assertThat(MatchScorer.parts(noYear, encoder.encode(person("Aurelio", "Penhaligon", "1985-03-12"), 1))[2])
                .isZero();
        assertThat(MatchScorer.parts(noYear, unknown)[2]).isZero();
    }

    @Test
    void impossibleDatesAreRefusedByTheParserWithoutRepeatingThem() {
        for (String impossible : List.of("1985-02-30", "1985-13-01", "1985-04-31", "1849-01-01", "2201")) {
            assertThatThrownBy(() -> PartialDate.parse(impossible))
                    .as(impossible)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("1985")
                    .hasMessageNotContaining("30");
            assertThat(PartialDate.isWellFormed(impossible)).as(impossible).isTrue();
        }
        for (String unreadable :
                List.of("19/04/1983", "1985-3-12-1", "85-03-12", "1985-1x-01", "born 1985", "1985-123")) {
            assertThatThrownBy(() -> PartialDate.parse(unreadable))
                    .as(unreadable)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("1985")
                    .hasMessageNotContaining("1983");
            assertThat(PartialDate.isWellFormed(unreadable)).as(unreadable).isFalse();
        }
        assertThat(PartialDate.parse("0000-00-00").isUnknown())
                .as("zero parts are unknown parts")
                .isTrue();
        assertThat(PartialDate.isWellFormed(null)).isTrue();
    }

    // --- empty and blank fields -------------------------------------------------------------------------------

    @Test
    void emptyStringsInEveryFieldGiveAnEmptyEncodingThatNothingFinds() {
        assertNothingToMatchOn("");
    }

    @Test
    void whitespaceOnlyFieldsGiveAnEmptyEncodingThatNothingFinds() {
        for (String blank : List.of(" ", "\t", "\r\n", "\u00a0", "\u2003 \u3000", "\u200b")) {
            assertNothingToMatchOn(blank);
        }
    }

    @Test
    void anAddressLineOfPunctuationAddsNothing() {
        PersonIdentity plain = person("Aurelio", "Penhaligon", "1985-03-12");

        assertThat(encoder.encode(plain.withAddresses(List.of(new PostalAddress(null, "-- / --"))), 1))
                .isEqualTo(encoder.encode(plain, 1));
        assertThat(encoder.encode(plain.withAddresses(Arrays.asList(null, new PostalAddress(null, null))), 1))
                .as("absent addresses")
                .isEqualTo(encoder.encode(plain, 1));
    }

    @Test
    void anEmailWithNothingBeforeItsAtSignIsNoEmail() {
        PersonIdentity plain = person("Aurelio", "Penhaligon", "1985-03-12");
        PersonIdentity withEmail = new PersonIdentity(
                plain.givenNames(),
                plain.familyNames(),
                List.of(),
                plain.dateOfBirth(),
                plain.sex(),
                null,
                null,
                null,
                "   @example.org");

        assertThat(encoder.encode(withEmail, 1).emailToken()).isZero();
    }

    // --- duplicate ids ----------------------------------------------------------------------------------------

    @Test
    void addingUnderAnIdAlreadyHeldReplacesWhateverShapeEitherHas() {
        PersonIdentity named = person("Aurelio", "Penhaligon", "1985-03-12");
        index.add("esx-1", encoder.encode(named, 1));
        index.add("esx-1", encoder.encode(unnamed(PNC, ""), 1));

        assertThat(index.size(1)).isEqualTo(1);
        assertThat(index.query(encoder.encode(named, 1))).isEmpty();
        assertThat(index.query(encoder.encode(unnamed(PNC, ""), 1)))
                .extracting(MatchCandidate::localId)
                .containsExactly("esx-1");

        index.add("esx-1", encoder.encode(named, 1));
        assertThat(index.size(1)).isEqualTo(1);
        assertThat(index.query(encoder.encode(named, 1)))
                .extracting(MatchCandidate::localId)
                .containsExactly("esx-1");
        assertThat(index.query(encoder.encode(unnamed(PNC, ""), 1))).isEmpty();
    }

    @Test
    void aMissingIdIsRefused() {
        assertThatThrownBy(() -> index.add(null, encoder.encode(bystander, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertNothingToMatchOn(String blank) {
        PersonIdentity empty = new PersonIdentity(
                List.of(blank),
                List.of(blank, blank),
                List.of(blank),
                PartialDate.parse(blank),
                Sex.parse(blank),
                List.of(new PostalAddress(blank, blank)),
                blank,
                blank,
                blank);

        IdentityEncoding encoding = encoder.encode(empty, 1);

        assertThat(empty.hasUsableField()).isFalse();
        assertThat(encoding.blockingKeys()).isEmpty();
        assertThat(encoding.pncToken() | encoding.phoneToken() | encoding.emailToken())
                .isZero();
        assertThat(BitVectors.cardinality(encoding.clk(), 0, encoding.clk().length))
                .isZero();
        index.add("bystander", encoder.encode(bystander, 1));
        index.add("empty", encoding);
        assertThat(index.query(encoding)).isEmpty();
        assertThat(index.query(encoder.encode(bystander, 1)))
                .extracting(MatchCandidate::localId)
                .containsExactly("bystander");
        assertThat(index.remove("empty")).isTrue();
    }

    private static PersonIdentity unnamed(String pnc, String dob) {
        return new PersonIdentity(
                List.of(), List.of(), List.of(), PartialDate.parse(dob), Sex.UNKNOWN, List.of(), pnc, null, null);
    }

    private static PersonIdentity named(List<String> given, List<String> family, String dob) {
        return new PersonIdentity(
                new ArrayList<>(given),
                new ArrayList<>(family),
                List.of(),
                PartialDate.parse(dob),
                Sex.MALE,
                List.of(),
                null,
                null,
                null);
    }
}
