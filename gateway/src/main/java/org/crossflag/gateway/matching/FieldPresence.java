package org.crossflag.gateway.matching;

/**
 * Which fields of an encoding are present, as bits, worked out once per stored person and once per query so that
 * scoring never scans a filter to find it empty.
 */
final class FieldPresence {

    static final int GIVEN = 1;
    static final int FAMILY = 2;
    static final int CANONICAL = 4;
    static final int MIDDLE = 8;
    static final int YEAR = 16;
    static final int DAY_MONTH = 32;
    static final int POSTCODE = 64;
    static final int ADDRESS = 128;

    static final int G = FilterField.NAME.words();
    static final int C = FilterField.CANONICAL.words();
    static final int Y = FilterField.BIRTH_YEAR.words();
    static final int DM = FilterField.BIRTH_DAY_MONTH.words();

    private FieldPresence() {}

    /** Presence bits of one name row: given, family, canonical. */
    static int ofNames(long[] row, int offset) {
        return (MatchScorer.isEmpty(row, offset, G) ? 0 : GIVEN)
                | (MatchScorer.isEmpty(row, offset + G, G) ? 0 : FAMILY)
                | (MatchScorer.isEmpty(row, offset + 2 * G, C) ? 0 : CANONICAL);
    }

    /** Presence bits of the primary name row and of the single-valued fields of {@code encoding}. */
    static int of(IdentityEncoding encoding) {
        int bits = ofNames(encoding.names()[0], 0);
        if (!MatchScorer.isEmpty(encoding.middleNames(), 0, encoding.middleNames().length)) {
            bits |= MIDDLE;
        }
        if (!MatchScorer.isEmpty(encoding.dateOfBirth(), 0, Y)) {
            bits |= YEAR;
        }
        if (!MatchScorer.isEmpty(encoding.dateOfBirth(), Y, DM)) {
            bits |= DAY_MONTH;
        }
        if (!MatchScorer.isEmpty(encoding.postcode(), 0, encoding.postcode().length)) {
            bits |= POSTCODE;
        }
        if (!MatchScorer.isEmpty(encoding.address(), 0, encoding.address().length)) {
            bits |= ADDRESS;
        }
        return bits;
    }
}
