package org.crossflag.gateway.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The encodings of one key version, held column-wise in flat arrays (one slot per person) so that a million people
 * fit in a few hundred megabytes and a comparison reads adjacent words. Extra name variants, which few people
 * have, sit in a side map. Not thread-safe: {@link EncodedPersonIndex} guards it.
 */
final class RecordStore {

    static final int CLK_WORDS = FilterField.CLK.words();
    static final int NAME_WORDS = IdentityEncoding.NAME_WORDS;
    static final int MIDDLE_WORDS = FilterField.MIDDLE_NAMES.words();
    static final int DATE_WORDS = IdentityEncoding.DATE_WORDS;
    static final int POSTCODE_WORDS = FilterField.POSTCODE.words();
    static final int ADDRESS_WORDS = FilterField.ADDRESS.words();

    long[] clk;
    /** Set bits of each CLK, so that the CLK screen counts only the intersection. */
    int[] clkCardinality;

    long[] names;
    long[] middles;
    long[] dates;
    long[] postcodes;
    long[] addresses;
    long[] tokens;
    int[][] blocking;
    String[] localIds;
    /** Name variants after the first, which few people have; null for the rest. */
    long[][][] extraNames;
    /** {@link FieldPresence} bits of each person's primary name and single-valued fields. */
    int[] presence;
    /** How many people have each given-name and family-name filter value (primary name): term frequencies. */
    private final Map<Long, Integer> givenCounts = new HashMap<>();

    private final Map<Long, Integer> familyCounts = new HashMap<>();
    private int live;

    RecordStore(int capacity) {
        allocate(Math.max(16, capacity));
    }

    int capacity() {
        return localIds.length;
    }

    void put(int slot, String localId, IdentityEncoding encoding) {
        if (slot >= capacity()) {
            grow(Math.max(slot + 1, capacity() * 2));
        }
        System.arraycopy(encoding.clk(), 0, clk, slot * CLK_WORDS, CLK_WORDS);
        clkCardinality[slot] = BitVectors.cardinality(encoding.clk(), 0, CLK_WORDS);
        System.arraycopy(encoding.names()[0], 0, names, slot * NAME_WORDS, NAME_WORDS);
        System.arraycopy(encoding.middleNames(), 0, middles, slot * MIDDLE_WORDS, MIDDLE_WORDS);
        System.arraycopy(encoding.dateOfBirth(), 0, dates, slot * DATE_WORDS, DATE_WORDS);
        System.arraycopy(encoding.postcode(), 0, postcodes, slot * POSTCODE_WORDS, POSTCODE_WORDS);
        System.arraycopy(encoding.address(), 0, addresses, slot * ADDRESS_WORDS, ADDRESS_WORDS);
        tokens[slot * 3] = encoding.pncToken();
        tokens[slot * 3 + 1] = encoding.phoneToken();
        tokens[slot * 3 + 2] = encoding.emailToken();
        blocking[slot] = encoding.blockingKeys();
        localIds[slot] = localId;
        count(slot, 1);
        live++;
        presence[slot] = FieldPresence.of(encoding);
        extraNames[slot] =
                encoding.names().length > 1 ? Arrays.copyOfRange(encoding.names(), 1, encoding.names().length) : null;
    }

    void clear(int slot) {
        count(slot, -1);
        live--;
        localIds[slot] = null;
        blocking[slot] = null;
        extraNames[slot] = null;
        presence[slot] = 0;
    }

    /** People held. */
    int live() {
        return live;
    }

    /** Share of the people held whose given-name filter has fingerprint {@code fingerprint}, counting at least one. */
    double givenShare(long fingerprint) {
        return Math.max(1, givenCounts.getOrDefault(fingerprint, 0)) / (double) Math.max(1, live);
    }

    double familyShare(long fingerprint) {
        return Math.max(1, familyCounts.getOrDefault(fingerprint, 0)) / (double) Math.max(1, live);
    }

    /** A 64-bit fingerprint of {@code words} words (never used for security, only to count equal filters). */
    static long fingerprint(long[] words, int offset, int count) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < count; i++) {
            h = (h ^ words[offset + i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }

    private void count(int slot, int delta) {
        int offset = slot * NAME_WORDS;
        int g = FilterField.NAME.words();
        if (!MatchScorer.isEmpty(names, offset, g)) {
            givenCounts.merge(fingerprint(names, offset, g), delta, (a, b) -> a + b == 0 ? null : a + b);
        }
        if (!MatchScorer.isEmpty(names, offset + g, g)) {
            familyCounts.merge(fingerprint(names, offset + g, g), delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    int nameVariants(int slot) {
        long[][] extra = extraNames[slot];
        return extra == null ? 1 : 1 + extra.length;
    }

    /** The array holding name variant {@code variant} of {@code slot}; its offset is {@link #nameOffset}. */
    long[] nameArray(int slot, int variant) {
        return variant == 0 ? names : extraNames[slot][variant - 1];
    }

    int nameOffset(int slot, int variant) {
        return variant == 0 ? slot * NAME_WORDS : 0;
    }

    /** A store holding one encoding in slot 0, to score two encodings directly. */
    static RecordStore of(IdentityEncoding encoding) {
        RecordStore store = new RecordStore(1);
        store.put(0, "", encoding);
        return store;
    }

    private void allocate(int capacity) {
        clk = new long[capacity * CLK_WORDS];
        clkCardinality = new int[capacity];
        names = new long[capacity * NAME_WORDS];
        middles = new long[capacity * MIDDLE_WORDS];
        dates = new long[capacity * DATE_WORDS];
        postcodes = new long[capacity * POSTCODE_WORDS];
        addresses = new long[capacity * ADDRESS_WORDS];
        tokens = new long[capacity * 3];
        blocking = new int[capacity][];
        localIds = new String[capacity];
        extraNames = new long[capacity][][];
        presence = new int[capacity];
    }

    private void grow(int capacity) {
        clk = Arrays.copyOf(clk, capacity * CLK_WORDS);
        clkCardinality = Arrays.copyOf(clkCardinality, capacity);
        names = Arrays.copyOf(names, capacity * NAME_WORDS);
        middles = Arrays.copyOf(middles, capacity * MIDDLE_WORDS);
        dates = Arrays.copyOf(dates, capacity * DATE_WORDS);
        postcodes = Arrays.copyOf(postcodes, capacity * POSTCODE_WORDS);
        addresses = Arrays.copyOf(addresses, capacity * ADDRESS_WORDS);
        tokens = Arrays.copyOf(tokens, capacity * 3);
        blocking = Arrays.copyOf(blocking, capacity);
        localIds = Arrays.copyOf(localIds, capacity);
        extraNames = Arrays.copyOf(extraNames, capacity);
        presence = Arrays.copyOf(presence, capacity);
    }
}
