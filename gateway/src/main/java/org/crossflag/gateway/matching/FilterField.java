package org.crossflag.gateway.matching;

/**
 * The Bloom filters of an encoding: the length in bits of the filter tokens are hashed into (a power of two), the
 * hardening applied to it, and so the length that travels.
 * <p>
 * The record-level CLK holds every token, so it carries the most pattern information; it gets the keyed diffusion
 * layer. The field-level filters beside it exist because Fellegi-Sunter scoring needs separate evidence per field:
 * in one CLK a date-of-birth disagreement is drowned by agreeing names, which is exactly the "same common name,
 * different date of birth" false match the federation must not make. Diffusion squares the correlation of two
 * filters per tap, which pushed a single typo in a short name down to the similarity of two unrelated names in the
 * synthetic evaluation, so field filters are balanced instead, which keeps similarity exact.
 */
enum FilterField {
    CLK("clk", 1024, 2),
    /**
     * Given-name and family-name filters share one key and one hardening, so that a given name can be compared
     * with a family name when a record has them the wrong way round.
     */
    NAME("name", 256, 0),
    /**
     * The nickname-canonical forms of the given name (Mike and Michael both give michael). Left unhardened: the
     * scorer must see whether two sets of forms share one (bits in common), which balancing would hide. It holds
     * one to six forms of a given name, all of which the name filter already holds in other tokens.
     */
    CANONICAL("canonical", 256, -1),
    /** Given names after the first, all in one filter: compared only when both records have some. */
    MIDDLE_NAMES("middle-names", 128, 0),
    /** Year of birth: year, decade digit, last digit. */
    BIRTH_YEAR("dob-year", 128, 0),
    /** Day and month of birth, each alone and as an unordered pair of parts; empty unless both are known. */
    BIRTH_DAY_MONTH("dob-day-month", 128, 0),
    /** Day and month as one unordered pair: equal exactly when the dates agree or are a day/month swap. */
    BIRTH_DAY_MONTH_PAIR("dob-pair", 64, 0),
    POSTCODE("postcode", 128, 0),
    /**
     * The first line of the address: the house number as one token and the letters of the street, run together,
     * as bigrams, so that a typo or a space lost between words keeps most of it.
     */
    ADDRESS("address", 128, 0);

    private final String label;
    private final int inputBits;
    private final int taps;

    /** {@code taps} > 0: diffusion with that many taps, same length; 0: balancing, twice the length; -1: none. */
    FilterField(String label, int inputBits, int taps) {
        this.label = label;
        this.inputBits = inputBits;
        this.taps = taps;
    }

    String label() {
        return label;
    }

    /** Length of the filter tokens are hashed into. */
    int inputBits() {
        return inputBits;
    }

    /** Length after hardening, in 64-bit words. */
    int words() {
        return (taps == 0 ? inputBits * 2 : inputBits) / 64;
    }

    Hardening hardening(byte[] key) {
        if (taps < 0) {
            return filter -> filter;
        }
        return taps > 0 ? new Diffusion(key, inputBits, taps) : new Balancing(key, inputBits);
    }
}
