package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the matching core over arbitrary records (see {@link ArbitraryRecords}): nothing throws but the
 * documented refusals (IllegalArgumentException from {@link PartialDate#parse} for a date it cannot read, and
 * {@link MatchingException} for an invalid encoding), encodings keep the shape the index relies on, scores are
 * probabilities, and a record finds itself. Each property runs a few hundred tries from a fixed seed, so a run is
 * reproducible; a failure prints the seed and the shrunk sample.
 */
class MatchingPropertyTests {

    private static final String SEED = "20261201";
    private static final MatchingKeyring KEYRING = MatchingFixtures.single();
    private static final IdentityEncoder ENCODER = new IdentityEncoder(KEYRING);
    private static final IdentityEncodingCodec CODEC = new IdentityEncodingCodec();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> IDS = List.of("self", "a", "b", "c", "d");
    private static final EncodedPersonIndex INDEX = new EncodedPersonIndex(KEYRING, CLOCK, MatchThresholds.DEFAULTS);

    @Property(tries = 500, seed = SEED)
    void nameNormalisationGivesLowerCaseAsciiWordsOrNothing(@ForAll("text") String raw) {
        assertThat(NameNormaliser.givenWords(raw)).allMatch(word -> word.matches("[a-z]+"));
        assertThat(NameNormaliser.familyWords(raw)).allMatch(word -> word.matches("[a-z]+"));
    }

    @Property(tries = 300, seed = SEED)
    void normalisationKeepsEveryFieldWithinItsForm(@ForAll("people") PersonIdentity person) {
        NormalisedIdentity normalised = IdentityNormaliser.normalise(person);

        assertThat(normalised.variants()).hasSizeLessThanOrEqualTo(IdentityNormaliser.MAX_VARIANTS);
        assertThat(normalised.variants()).noneMatch(NameVariant::isEmpty);
        assertThat(normalised.postcodes()).hasSizeLessThanOrEqualTo(2);
        assertThat(normalised.addressLines()).allMatch(line -> line.matches("[a-z0-9]+( [a-z0-9]+)*"));
        assertThat(normalised.pnc())
                .satisfiesAnyOf(
                        pnc -> assertThat(pnc).isNull(), pnc -> assertThat(pnc).matches("\\d{2}/\\d{1,7}[A-Z]"));
        assertThat(normalised.email())
                .satisfiesAnyOf(
                        email -> assertThat(email).isNull(),
                        email -> assertThat(email.indexOf('@')).isPositive());
        assertThat(person.hasUsableField()).isEqualTo(!normalised.isEmpty());
    }

    @Property(tries = 300, seed = SEED)
    void encodingsHaveTheShapeTheIndexReliesOn(@ForAll("people") PersonIdentity person) {
        IdentityEncoding encoding = ENCODER.encode(person, 1);

        assertThat(encoding.names().length).isBetween(1, IdentityNormaliser.MAX_VARIANTS);
        int g = FilterField.NAME.words();
        for (long[] row : encoding.names()) {
            assertBalancedOrEmpty(row, 0, g);
            assertBalancedOrEmpty(row, g, g);
        }
        assertBalancedOrEmpty(encoding.middleNames(), 0, encoding.middleNames().length);
        int y = FilterField.BIRTH_YEAR.words();
        int dm = FilterField.BIRTH_DAY_MONTH.words();
        assertBalancedOrEmpty(encoding.dateOfBirth(), 0, y);
        assertBalancedOrEmpty(encoding.dateOfBirth(), y, dm);
        assertBalancedOrEmpty(encoding.dateOfBirth(), y + dm, FilterField.BIRTH_DAY_MONTH_PAIR.words());
        assertBalancedOrEmpty(encoding.postcode(), 0, encoding.postcode().length);
        int[] keys = encoding.blockingKeys();
        for (int i = 0; i < keys.length; i++) {
            assertThat(BlockingKey.isValid(keys[i])).isTrue();
            assertThat(i == 0 || keys[i] > keys[i - 1]).isTrue();
        }
        assertThat(ENCODER.encode(person, 1)).as("deterministic").isEqualTo(encoding);
        if (!person.hasUsableField()) {
            assertThat(keys).isEmpty();
            assertThat(encoding.pncToken() | encoding.phoneToken() | encoding.emailToken())
                    .isZero();
            assertThat(MatchScorer.isEmpty(encoding.names()[0], 0, IdentityEncoding.NAME_WORDS))
                    .isTrue();
        }
    }

    @Property(tries = 300, seed = SEED)
    void anEncodingSurvivesTheWireRoundTrip(@ForAll("people") PersonIdentity person) throws Exception {
        IdentityEncoding encoding = ENCODER.encode(person, 1);

        JsonNode wire = JSON.readTree(JSON.writeValueAsString(CODEC.write(encoding)));

        assertThat(CODEC.read(wire)).isEqualTo(encoding);
    }

    @Property(tries = 400, seed = SEED)
    void anyChangeToAnEncodingsJsonIsReadOrRefusedAsInvalid(
            @ForAll("people") PersonIdentity person, @ForAll("fields") String field, @ForAll("json") JsonNode value) {
        ObjectNode wire = CODEC.write(ENCODER.encode(person, 1));
        wire.set(field, value);

        Throwable thrown = catchThrowable(() -> CODEC.read(wire));

        assertThat(thrown)
                .satisfiesAnyOf(
                        t -> assertThat(t).isNull(),
                        t -> assertThat(t)
                                .isInstanceOfSatisfying(
                                        MatchingException.class,
                                        e -> assertThat(e.reason()).isEqualTo(MatchingReason.ENCODING_INVALID)));
    }

    @Property(tries = 300, seed = SEED)
    void anEncodingOfTheWrongShapeIsRefusedWhenBuilt(
            @ForAll("words") long[] clk,
            @ForAll("nameRows") long[][] names,
            @ForAll("words") long[] middle,
            @ForAll("words") long[] date,
            @ForAll("keys") int[] keys) {
        boolean shaped = clk != null
                && clk.length == FilterField.CLK.words()
                && names != null
                && names.length >= 1
                && names.length <= IdentityNormaliser.MAX_VARIANTS
                && Arrays.stream(names).allMatch(row -> row != null && row.length == IdentityEncoding.NAME_WORDS)
                && middle != null
                && middle.length == FilterField.MIDDLE_NAMES.words()
                && date != null
                && date.length == IdentityEncoding.DATE_WORDS
                && keys != null
                && wellFormed(keys);

        Throwable thrown = catchThrowable(() -> new IdentityEncoding(
                1,
                clk,
                names,
                middle,
                date,
                new long[FilterField.POSTCODE.words()],
                new long[FilterField.ADDRESS.words()],
                keys,
                0,
                0,
                0));

        if (shaped) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(MatchingException.class);
        }
    }

    @Property(tries = 300, seed = SEED)
    void scoresOfAnyTwoRecordsAreProbabilities(@ForAll("people") PersonIdentity a, @ForAll("people") PersonIdentity b) {
        assertScoresAreProbabilities(ENCODER.encode(a, 1), ENCODER.encode(b, 1));
    }

    @Property(tries = 300, seed = SEED)
    void scoresOfAnyTwoWellShapedEncodingsAreProbabilities(
            @ForAll("randomEncodings") IdentityEncoding a, @ForAll("randomEncodings") IdentityEncoding b) {
        assertScoresAreProbabilities(a, b);
        EncodedPersonIndex index = index();
        index.add("b", b);
        assertThat(index.query(a)).allSatisfy(MatchingPropertyTests::assertIsACandidate);
        assertThat(index.remove("b")).isTrue();
    }

    @Property(tries = 200, seed = SEED)
    void theIndexHoldsWhatWasAddedAndNotRemovedAndQueriesNameOnlyThose(@ForAll("operations") List<Operation> steps) {
        EncodedPersonIndex index = index();
        Map<String, IdentityEncoding> held = new HashMap<>();
        for (Operation step : steps) {
            IdentityEncoding encoding = ENCODER.encode(step.person(), 1);
            switch (step.kind()) {
                case ADD -> {
                    index.add(step.id(), encoding);
                    held.put(step.id(), encoding);
                }
                case REMOVE -> assertThat(index.remove(step.id())).isEqualTo(held.remove(step.id()) != null);
                case QUERY -> {
                    List<MatchCandidate> found = index.query(encoding);
                    assertThat(found).allSatisfy(MatchingPropertyTests::assertIsACandidate);
                    assertThat(found).extracting(MatchCandidate::localId).isSubsetOf(held.keySet());
                    assertThat(found)
                            .isSortedAccordingTo(Comparator.comparingDouble(MatchCandidate::weight)
                                    .reversed());
                }
            }
            assertThat(index.size(1)).isEqualTo(held.size());
        }
    }

    /** What a query for a person the index holds must always do, whatever else the record carries. */
    @Property(tries = 300, seed = SEED)
    void aNamedRecordWithAFullDateOfBirthFindsItselfAsAMatch(@ForAll("namedWithFullDates") PersonIdentity person) {
        IdentityEncoding encoding = ENCODER.encode(person, 1);
        EncodedPersonIndex index = index();
        index.add("self", encoding);

        List<MatchCandidate> found = index.query(encoding);

        assertThat(found).extracting(MatchCandidate::localId).containsExactly("self");
        assertThat(found.get(0).band()).isEqualTo(MatchBand.MATCH);
    }

    @Property(tries = 300, seed = SEED)
    void aRecordWithAUsablePncIdFindsItself(@ForAll("people") PersonIdentity person, @ForAll("pncIds") String pnc) {
        PersonIdentity withPnc = person.withPncId(pnc);
        IdentityEncoding encoding = ENCODER.encode(withPnc, 1);
        EncodedPersonIndex index = index();
        index.add("self", encoding);

        List<MatchCandidate> found = index.query(encoding);

        if (withPnc.hasUsablePncId()) {
            assertThat(found).extracting(MatchCandidate::localId).containsExactly("self");
        }
        assertThat(found).allSatisfy(MatchingPropertyTests::assertIsACandidate);
    }

    @Property(tries = 500, seed = SEED)
    void aDateIsReadOrRefusedWithAnIllegalArgumentThatDoesNotRepeatIt(@ForAll("dateTexts") String text) {
        Throwable thrown = catchThrowable(() -> PartialDate.parse(text));

        if (thrown == null) {
            PartialDate date = PartialDate.parse(text);
            assertThat(PartialDate.isWellFormed(text)).isTrue();
            assertThat(PartialDate.parse(date.toString()))
                    .as("its own form reads back")
                    .isEqualTo(date);
        } else {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            String stripped = text.strip();
            if (stripped.length() >= 5) {
                assertThat(thrown.getMessage()).doesNotContain(stripped);
            }
        }
        if (!PartialDate.isWellFormed(text)) {
            assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // --- generators -----------------------------------------------------------------------------------------------

    enum Kind {
        ADD,
        REMOVE,
        QUERY
    }

    record Operation(Kind kind, String id, PersonIdentity person) {}

    @Provide
    Arbitrary<String> text() {
        return ArbitraryRecords.text();
    }

    @Provide
    Arbitrary<PersonIdentity> people() {
        return ArbitraryRecords.people();
    }

    @Provide
    Arbitrary<PersonIdentity> namedWithFullDates() {
        return ArbitraryRecords.namedWithFullDates();
    }

    @Provide
    Arbitrary<String> pncIds() {
        return ArbitraryRecords.pncIds();
    }

    @Provide
    Arbitrary<String> dateTexts() {
        return ArbitraryRecords.dateTexts();
    }

    @Provide
    Arbitrary<IdentityEncoding> randomEncodings() {
        return ArbitraryRecords.randomEncodings();
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.of(IDS.subList(1, IDS.size())),
                        ArbitraryRecords.people())
                .as(Operation::new)
                .list()
                .ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "format",
                        "keyVersion",
                        "clk",
                        "names",
                        "middleNames",
                        "dateOfBirth",
                        "postcode",
                        "blockingKeys",
                        "pnc",
                        "phone",
                        "email",
                        "surname"),
                ArbitraryRecords.text().filter(name -> name != null));
    }

    @Provide
    Arbitrary<JsonNode> json() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Arbitrary<JsonNode> base64 = Arbitraries.bytes()
                .array(byte[].class)
                .ofMaxSize(200)
                .map(bytes -> nodes.textNode(Base64.getEncoder().encodeToString(bytes)));
        Arbitrary<JsonNode> ints = Arbitraries.integers().list().ofMaxSize(6).map(list -> {
            ArrayNode array = nodes.arrayNode();
            list.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> texts = ArbitraryRecords.text().list().ofMaxSize(5).map(list -> {
            ArrayNode array = nodes.arrayNode();
            list.forEach(array::add);
            return array;
        });
        return Arbitraries.oneOf(
                Arbitraries.just(nodes.nullNode()),
                Arbitraries.just(nodes.objectNode()),
                Arbitraries.of(true, false).map(nodes::booleanNode),
                Arbitraries.integers().map(nodes::numberNode),
                Arbitraries.longs().map(nodes::numberNode),
                Arbitraries.doubles().map(nodes::numberNode),
                ArbitraryRecords.text().map(nodes::textNode),
                base64,
                ints,
                texts,
                base64.list().ofMaxSize(6).map(list -> {
                    ArrayNode array = nodes.arrayNode();
                    list.forEach(array::add);
                    return array;
                }));
    }

    @Provide
    Arbitrary<long[]> words() {
        return Arbitraries.longs().array(long[].class).ofMaxSize(24).injectNull(0.05);
    }

    @Provide
    Arbitrary<long[][]> nameRows() {
        Arbitrary<long[]> row = Arbitraries.oneOf(
                Arbitraries.just(IdentityEncoding.NAME_WORDS).map(long[]::new),
                Arbitraries.longs().array(long[].class).ofMaxSize(24).injectNull(0.05));
        return row.list().ofMaxSize(5).map(rows -> rows.toArray(long[][]::new)).injectNull(0.05);
    }

    @Provide
    Arbitrary<int[]> keys() {
        Arbitrary<int[]> valid = ArbitraryRecords.blockingKeys()
                .set()
                .ofMaxSize(8)
                .map(set -> set.stream().mapToInt(Integer::intValue).sorted().toArray());
        Arbitrary<int[]> any = Arbitraries.integers().array(int[].class).ofMaxSize(8);
        return Arbitraries.oneOf(valid, any).injectNull(0.05);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static void assertScoresAreProbabilities(IdentityEncoding query, IdentityEncoding candidate) {
        double weight = MatchScorer.weight(query, candidate);
        assertThat(weight).isFinite();
        assertThat(MatchScorer.probability(weight)).isBetween(0.0, 1.0);
        assertThat(Arrays.stream(MatchScorer.parts(query, candidate)).allMatch(Double::isFinite))
                .isTrue();
    }

    private static void assertIsACandidate(MatchCandidate candidate) {
        assertThat(candidate.weight()).isFinite();
        assertThat(candidate.score()).isBetween(0.0, 1.0);
        assertThat(candidate.band())
                .isNotEqualTo(MatchBand.NO_MATCH)
                .isEqualTo(MatchThresholds.DEFAULTS.band(candidate.score()));
    }

    private static void assertBalancedOrEmpty(long[] words, int offset, int count) {
        assertThat(BitVectors.cardinality(words, offset, count)).isIn(0, count * 32);
    }

    private static boolean wellFormed(int[] keys) {
        for (int i = 0; i < keys.length; i++) {
            if (!BlockingKey.isValid(keys[i]) || (i > 0 && keys[i] <= keys[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** One index for every try, emptied first: a new one per try would allocate its postings each time. */
    private static EncodedPersonIndex index() {
        for (String id : IDS) {
            INDEX.remove(id);
        }
        assertThat(INDEX.size(1)).isZero();
        return INDEX;
    }
}
