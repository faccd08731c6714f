package org.crossflag.gateway.matching;

/**
 * Scores a query encoding against a stored one with Fellegi-Sunter weights over field similarities (Dice of the
 * diffused field filters), in the manner of Splink:
 * <ul>
 * <li>names: the best agreement over both sides' name variants, also with given and family names swapped (at a
 * small penalty, since swaps are rare and each extra try is another chance of a coincidence);</li>
 * <li>date of birth: exact, one edit (a day/month swap or a single-digit typo), partial, or different;</li>
 * <li>postcode: full, sector, district, or different;</li>
 * <li>strong identifiers: PNC agreement lifts the score a lot, a PNC conflict counts heavily against; a shared
 * phone or email lifts it, and differing ones say nothing (people change numbers).</li>
 * </ul>
 * A field missing on either side contributes nothing. The weights sum with the prior log-odds of a match into a
 * match weight; the score is its probability, {@code 2^w / (1 + 2^w)}. The m and u probabilities were set from the
 * noise rates of docs/matching.md and checked on synthetic data; they are constants, not fitted per data set.
 */
final class MatchScorer {

    static final double PRIOR = log2(1.0 / 50_000);
    static final double SWAP_PENALTY = -2.0;
    static final double PNC_AGREE = 16.0;
    static final double PNC_CONFLICT = -12.0;
    static final double CONTACT_AGREE = 6.0;

    static final FieldLevels GIVEN = new FieldLevels(new double[] {0.999, 0.80, 0.72, 0.66},
            new double[] {0.80, 0.074, 0.067, 0.03, 0.012}, new double[] {0.01, 0.0024, 0.035, 0.30, 0.65});
    static final FieldLevels FAMILY = new FieldLevels(new double[] {0.999, 0.80, 0.75, 0.70},
            new double[] {0.83, 0.098, 0.014, 0.013, 0.044}, new double[] {0.006, 0.0031, 0.018, 0.18, 0.79});
    static final FieldLevels DATE = new FieldLevels(new double[] {0.999, 0.80, 0.75},
            new double[] {0.92, 0.06, 0.018, 0.002}, new double[] {0.00005, 0.0025, 0.01, 0.98745});
    static final FieldLevels POSTCODE = new FieldLevels(new double[] {0.999, 0.80},
            new double[] {0.50, 0.02, 0.48}, new double[] {0.0005, 0.0017, 0.9978});

    private MatchScorer() {
    }

    /** Match weight (log2 odds, prior included) of {@code query} against slot {@code slot} of {@code store}. */
    static double weight(IdentityEncoding query, RecordStore store, int slot) {
        double weight = PRIOR + names(query, store, slot);
        int dateOffset = slot * RecordStore.DATE_WORDS;
        if (!isEmpty(query.dateOfBirth(), 0, RecordStore.DATE_WORDS) && !isEmpty(store.dates, dateOffset, RecordStore.DATE_WORDS)) {
            weight += DATE.weight(BitVectors.dice(query.dateOfBirth(), 0, store.dates, dateOffset, RecordStore.DATE_WORDS));
        }
        int postcodeOffset = slot * RecordStore.POSTCODE_WORDS;
        if (!isEmpty(query.postcode(), 0, RecordStore.POSTCODE_WORDS) && !isEmpty(store.postcodes, postcodeOffset, RecordStore.POSTCODE_WORDS)) {
            weight += POSTCODE.weight(BitVectors.dice(query.postcode(), 0, store.postcodes, postcodeOffset, RecordStore.POSTCODE_WORDS));
        }
        long pnc = store.tokens[slot * 3];
        if (query.pncToken() != 0 && pnc != 0) {
            weight += query.pncToken() == pnc ? PNC_AGREE : PNC_CONFLICT;
        }
        if (query.phoneToken() != 0 && query.phoneToken() == store.tokens[slot * 3 + 1]) {
            weight += CONTACT_AGREE;
        }
        if (query.emailToken() != 0 && query.emailToken() == store.tokens[slot * 3 + 2]) {
            weight += CONTACT_AGREE;
        }
        return weight;
    }

    /** Match weight of two encodings made under the same key version. */
    static double weight(IdentityEncoding query, IdentityEncoding candidate) {
        return weight(query, RecordStore.of(candidate), 0);
    }

    static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2.0, -weight));
    }

    private static final int G = FilterField.NAME.words();

    private static double names(IdentityEncoding query, RecordStore store, int slot) {
        double best = Double.NEGATIVE_INFINITY;
        int variants = store.nameVariants(slot);
        for (long[] q : query.names()) {
            for (int v = 0; v < variants; v++) {
                long[] r = store.nameArray(slot, v);
                int offset = store.nameOffset(slot, v);
                double straight = side(q, 0, r, offset, GIVEN) + side(q, G, r, offset + G, FAMILY);
                double swapped = side(q, 0, r, offset + G, GIVEN) + side(q, G, r, offset, FAMILY) + SWAP_PENALTY;
                best = Math.max(best, Math.max(straight, swapped));
            }
        }
        return best == Double.NEGATIVE_INFINITY ? 0.0 : best;
    }

    /** Evidence of one name filter against another; nothing when either side lacks the name. */
    private static double side(long[] q, int qOffset, long[] r, int rOffset, FieldLevels levels) {
        if (isEmpty(q, qOffset, G) || isEmpty(r, rOffset, G)) {
            return 0.0;
        }
        return levels.weight(BitVectors.dice(q, qOffset, r, rOffset, G));
    }

    static boolean isEmpty(long[] words, int offset, int count) {
        for (int i = 0; i < count; i++) {
            if (words[offset + i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
