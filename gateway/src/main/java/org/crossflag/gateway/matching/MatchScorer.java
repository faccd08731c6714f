package org.crossflag.gateway.matching;

/**
 * Scores a query encoding against a stored one with Fellegi-Sunter weights over field similarities (Dice of the
 * balanced field filters), in the manner of Splink:
 * <ul>
 * <li>names: the best agreement over both sides' name variants, also with given and family names swapped (at a
 * small penalty, since swaps are rare and each extra try is another chance of a coincidence). Exact agreement is
 * weighted by how common the name is among the indexed people (Splink's term-frequency adjustment), once the index
 * holds enough people for the counts to mean something. A given name also agrees through its nickname-canonical
 * filter (Mike and Michael), taking the better of the two;</li>
 * <li>middle names, when both records have some;</li>
 * <li>date of birth: year and day-month compared jointly ({@link DateLevels}): exact, a day/month swap or
 * single-digit typo, a partial date agreeing on the year, or different;</li>
 * <li>postcode: full, sector, district, or different;</li>
 * <li>the first line of the address: the same, a typo or a lost space away, the same street with another number,
 * or different;</li>
 * <li>strong identifiers: PNC agreement lifts the score a lot, a PNC conflict counts heavily against; a shared
 * phone or email lifts it, and differing ones say nothing (people change numbers).</li>
 * </ul>
 * A field missing on either side contributes nothing. The weights sum with the prior log-odds of a match into a
 * match weight; the score is its probability, {@code 2^w / (1 + 2^w)}. The m and u probabilities are
 * {@link MatchParameters}, read from a versioned file.
 */
final class MatchScorer {

    private MatchScorer() {}

    /** Match weight (log2 odds, prior included) of {@code query} against slot {@code slot} of {@code store}. */
    static double weight(ScoringQuery query, RecordStore store, int slot) {
        IdentityEncoding q = query.encoding;
        MatchParameters p = query.parameters;
        int both = query.presence & store.presence[slot];
        double weight = query.prior + names(query, store, slot, null);
        int middle = middleLevel(query, store, slot, both);
        if (middle != ComparisonVector.ABSENT) {
            weight += p.middle().weightOfLevel(middle);
        }
        weight += DateLevels.weight(p.dateOfBirth(), q.dateOfBirth(), store.dates, slot * RecordStore.DATE_WORDS, both);
        int postcode = postcodeLevel(query, store, slot, both);
        if (postcode != ComparisonVector.ABSENT) {
            weight += p.postcode().weightOfLevel(postcode);
        }
        int address = addressLevel(query, store, slot, both);
        if (address != ComparisonVector.ABSENT) {
            weight += p.address().weightOfLevel(address);
        }
        int pnc = pncOutcome(query, store, slot);
        if (pnc != ComparisonVector.ABSENT) {
            weight += pnc == ComparisonVector.PNC_AGREE
                    ? p.pncAgree().weight()
                    : p.pncConflict().weight();
        }
        if (q.phoneToken() != 0 && q.phoneToken() == store.tokens[slot * 3 + 1]) {
            weight += p.contactAgree().weight();
        }
        if (q.emailToken() != 0 && q.emailToken() == store.tokens[slot * 3 + 2]) {
            weight += p.contactAgree().weight();
        }
        return weight;
    }

    /**
     * The outcome of every comparison of {@code query} against slot {@code slot}, as {@link #weight} scores it, into
     * {@code into}. The names are those of the variant pairing and reading (straight or swapped) that gives the best
     * name weight under the query's parameters. Contact is compared among the phones and emails both hold; the
     * weight counts only its agreement.
     */
    static void compare(ScoringQuery query, RecordStore store, int slot, ComparisonVector into) {
        IdentityEncoding q = query.encoding;
        int both = query.presence & store.presence[slot];
        into.clear();
        names(query, store, slot, into);
        into.outcomes[Comparison.MIDDLE_NAMES.ordinal()] = middleLevel(query, store, slot, both);
        int cell = DateLevels.cell(q.dateOfBirth(), store.dates, slot * RecordStore.DATE_WORDS, both);
        if (cell != DateLevels.UNKNOWN) {
            int row = cell / DateLevels.COLUMNS;
            int column = cell % DateLevels.COLUMNS;
            if (column < Comparison.DAY_MONTH_COLUMNS) {
                into.outcomes[Comparison.DATE_OF_BIRTH.ordinal()] = row * Comparison.DAY_MONTH_COLUMNS + column;
            } else {
                into.outcomes[Comparison.YEAR_OF_BIRTH_ONLY.ordinal()] = row;
            }
        }
        into.outcomes[Comparison.POSTCODE.ordinal()] = postcodeLevel(query, store, slot, both);
        into.outcomes[Comparison.ADDRESS.ordinal()] = addressLevel(query, store, slot, both);
        into.outcomes[Comparison.PNC.ordinal()] = pncOutcome(query, store, slot);
        long phone = store.tokens[slot * 3 + 1];
        long email = store.tokens[slot * 3 + 2];
        boolean phones = q.phoneToken() != 0 && phone != 0;
        boolean emails = q.emailToken() != 0 && email != 0;
        if (phones || emails) {
            boolean agree = (phones && q.phoneToken() == phone) || (emails && q.emailToken() == email);
            into.outcomes[Comparison.CONTACT.ordinal()] =
                    agree ? ComparisonVector.CONTACT_AGREE : ComparisonVector.CONTACT_DIFFERENT;
        }
    }

    /** Match weight of two encodings made under the same key version, as a one-person index would score them. */
    static double weight(IdentityEncoding query, IdentityEncoding candidate) {
        RecordStore store = RecordStore.of(candidate);
        return weight(new ScoringQuery(query, store, MatchParameters.defaults()), store, 0);
    }

    /** The parts of the weight of {@code candidate} for {@code query}, for tuning and tests: names, middle, date, rest. */
    static double[] parts(IdentityEncoding query, IdentityEncoding candidate) {
        RecordStore store = RecordStore.of(candidate);
        MatchParameters p = MatchParameters.defaults();
        ScoringQuery scoring = new ScoringQuery(query, store, p);
        int both = scoring.presence & store.presence[0];
        double names = names(scoring, store, 0, null);
        int middleLevel = middleLevel(scoring, store, 0, both);
        double middle = middleLevel == ComparisonVector.ABSENT ? 0 : p.middle().weightOfLevel(middleLevel);
        double date = DateLevels.weight(p.dateOfBirth(), query.dateOfBirth(), store.dates, 0, both);
        double total = weight(scoring, store, 0);
        return new double[] {names, middle, date, total - scoring.prior - names - middle - date};
    }

    static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2.0, -weight));
    }

    private static final int G = FieldPresence.G;
    private static final int C = FieldPresence.C;

    private static int middleLevel(ScoringQuery query, RecordStore store, int slot, int both) {
        if ((both & FieldPresence.MIDDLE) == 0) {
            return ComparisonVector.ABSENT;
        }
        long[] q = query.encoding.middleNames();
        int offset = slot * RecordStore.MIDDLE_WORDS;
        return query.parameters.middle().level(balancedDice(q, 0, store.middles, offset, RecordStore.MIDDLE_WORDS));
    }

    private static int postcodeLevel(ScoringQuery query, RecordStore store, int slot, int both) {
        if ((both & FieldPresence.POSTCODE) == 0) {
            return ComparisonVector.ABSENT;
        }
        long[] q = query.encoding.postcode();
        int offset = slot * RecordStore.POSTCODE_WORDS;
        return query.parameters
                .postcode()
                .level(balancedDice(q, 0, store.postcodes, offset, RecordStore.POSTCODE_WORDS));
    }

    private static int addressLevel(ScoringQuery query, RecordStore store, int slot, int both) {
        if ((both & FieldPresence.ADDRESS) == 0) {
            return ComparisonVector.ABSENT;
        }
        long[] q = query.encoding.address();
        int offset = slot * RecordStore.ADDRESS_WORDS;
        return query.parameters.address().level(balancedDice(q, 0, store.addresses, offset, RecordStore.ADDRESS_WORDS));
    }

    private static int pncOutcome(ScoringQuery query, RecordStore store, int slot) {
        long pnc = store.tokens[slot * 3];
        if (query.encoding.pncToken() == 0 || pnc == 0) {
            return ComparisonVector.ABSENT;
        }
        return query.encoding.pncToken() == pnc ? ComparisonVector.PNC_AGREE : ComparisonVector.PNC_CONFLICT;
    }

    /**
     * The best name weight over both sides' variants, straight or swapped. When {@code choice} is not null, the
     * given and family outcomes of the best pairing go into it.
     */
    private static double names(ScoringQuery query, RecordStore store, int slot, ComparisonVector choice) {
        MatchParameters p = query.parameters;
        double best = Double.NEGATIVE_INFINITY;
        // The best pairing (query variant, stored variant, swapped) packed into an int, so scoring allocates nothing.
        int bestPairing = 0;
        int variants = store.nameVariants(slot);
        long[][] rows = query.encoding.names();
        for (int qv = 0; qv < rows.length; qv++) {
            long[] q = rows[qv];
            int qPresent = query.namePresence[qv];
            for (int v = 0; v < variants; v++) {
                long[] r = store.nameArray(slot, v);
                int offset = store.nameOffset(slot, v);
                int rPresent = v == 0 ? store.presence[slot] : FieldPresence.ofNames(r, offset);
                int both = qPresent & rPresent;
                int givenLevel = givenLevel(p, q, r, offset, both);
                int familyLevel = familyLevel(p, q, r, offset, both);
                double straight = given(p, q, r, offset, both, givenLevel, query.givenShare[qv])
                        + (familyLevel < 0
                                ? 0
                                : familyLevel == 0 && query.familyShare[qv] > 0
                                        ? p.family().exactWeight(query.familyShare[qv])
                                        : p.family().weightOfLevel(familyLevel));
                if (straight > best) {
                    best = straight;
                    bestPairing = pairing(qv, v, false);
                }
                if (givenLevel != 0 || familyLevel != 0) {
                    // Only when the names do not already agree both ways round can the swapped reading do better.
                    double swapped = swapped(p, q, qPresent, r, offset, rPresent) + p.swapPenalty();
                    if (swapped > best) {
                        best = swapped;
                        bestPairing = pairing(qv, v, true);
                    }
                }
            }
        }
        if (choice != null && best != Double.NEGATIVE_INFINITY) {
            nameOutcomes(query, store, slot, bestPairing, choice);
        }
        return best == Double.NEGATIVE_INFINITY ? 0.0 : best;
    }

    private static int pairing(int queryVariant, int storedVariant, boolean swapped) {
        return (queryVariant << 8) | (storedVariant << 1) | (swapped ? 1 : 0);
    }

    /** The given and family outcomes of the pairing that {@link #names} chose. */
    private static void nameOutcomes(
            ScoringQuery query, RecordStore store, int slot, int pairing, ComparisonVector into) {
        MatchParameters p = query.parameters;
        int qv = pairing >>> 8;
        int v = (pairing & 0xff) >>> 1;
        long[] q = query.encoding.names()[qv];
        int qPresent = query.namePresence[qv];
        long[] r = store.nameArray(slot, v);
        int offset = store.nameOffset(slot, v);
        int rPresent = v == 0 ? store.presence[slot] : FieldPresence.ofNames(r, offset);
        int given = ComparisonVector.ABSENT;
        int family = ComparisonVector.ABSENT;
        into.swapped = (pairing & 1) != 0;
        if (into.swapped) {
            if ((qPresent & FieldPresence.GIVEN) != 0 && (rPresent & FieldPresence.FAMILY) != 0) {
                given = p.given().level(balancedDice(q, 0, r, offset + G, G));
            }
            if ((qPresent & FieldPresence.FAMILY) != 0 && (rPresent & FieldPresence.GIVEN) != 0) {
                family = p.family().level(balancedDice(q, G, r, offset, G));
            }
        } else {
            int both = qPresent & rPresent;
            given = givenLevel(p, q, r, offset, both);
            family = familyLevel(p, q, r, offset, both);
            if (nicknameCounts(p, q, r, offset, both, given)) {
                // The outcome after the Dice levels: the given name agrees through a nickname form.
                given = p.given().levels();
            }
        }
        into.outcomes[Comparison.GIVEN_NAME.ordinal()] = given;
        into.outcomes[Comparison.FAMILY_NAME.ordinal()] = family;
    }

    private static int givenLevel(MatchParameters p, long[] q, long[] r, int offset, int both) {
        return (both & FieldPresence.GIVEN) == 0 ? -1 : p.given().level(balancedDice(q, 0, r, offset, G));
    }

    private static int familyLevel(MatchParameters p, long[] q, long[] r, int offset, int both) {
        return (both & FieldPresence.FAMILY) == 0 ? -1 : p.family().level(balancedDice(q, G, r, offset + G, G));
    }

    /** Given-name evidence: the spelling, or a shared nickname-canonical form, whichever agrees better. */
    private static double given(MatchParameters p, long[] q, long[] r, int rOffset, int both, int level, double share) {
        if (level < 0) {
            return 0.0;
        }
        double spelling = level == 0 && share > 0
                ? p.given().exactWeight(share)
                : p.given().weightOfLevel(level);
        return nicknameCounts(p, q, r, rOffset, both, level) ? p.nicknameWeight() : spelling;
    }

    /** True when a shared nickname-canonical form gives the given name more weight than its spelling's level. */
    private static boolean nicknameCounts(MatchParameters p, long[] q, long[] r, int rOffset, int both, int level) {
        return level > 0
                && (both & FieldPresence.CANONICAL) != 0
                && p.nicknameWeight() > p.given().weightOfLevel(level)
                && sharesCanonicalForm(q, r, rOffset);
    }

    /** The query's given name against the candidate's family name and the other way round. */
    private static double swapped(MatchParameters p, long[] q, int qPresent, long[] r, int rOffset, int rPresent) {
        double total = 0.0;
        if ((qPresent & FieldPresence.GIVEN) != 0 && (rPresent & FieldPresence.FAMILY) != 0) {
            total += p.given().weight(balancedDice(q, 0, r, rOffset + G, G));
        }
        if ((qPresent & FieldPresence.FAMILY) != 0 && (rPresent & FieldPresence.GIVEN) != 0) {
            total += p.family().weight(balancedDice(q, G, r, rOffset, G));
        }
        return total;
    }

    /**
     * True when the canonical-form filters have at least one token's worth of bits in common: two unrelated sets
     * of at most six forms share that many by chance far less than once in a thousand comparisons.
     */
    static boolean sharesCanonicalForm(long[] q, long[] r, int rOffset) {
        int common = 0;
        for (int i = 0; i < C; i++) {
            common += Long.bitCount(q[2 * G + i] & r[rOffset + 2 * G + i]);
        }
        return common >= NameTokens.CANONICAL_WEIGHT;
    }

    /**
     * Dice of two balanced filters, both present: each has exactly half of its {@code 64 * words} bits set, so
     * Dice is the intersection over half the length, one POPCNT per word.
     */
    static double balancedDice(long[] a, int aOffset, long[] b, int bOffset, int words) {
        int common = 0;
        for (int i = 0; i < words; i++) {
            common += Long.bitCount(a[aOffset + i] & b[bOffset + i]);
        }
        return common / (words * 32.0);
    }

    static boolean isEmpty(long[] words, int offset, int count) {
        for (int i = 0; i < count; i++) {
            if (words[offset + i] != 0) {
                return false;
            }
        }
        return true;
    }
}
