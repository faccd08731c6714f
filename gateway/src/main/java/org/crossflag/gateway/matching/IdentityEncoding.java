package org.crossflag.gateway.matching;

import java.util.Arrays;

/**
 * A person, blinded: what a query carries and what a node's index holds. Nothing here can be read back into a name
 * or a date without the federation matching secret.
 *
 * @param keyVersion   the matching key version everything below was made with
 * @param clk          the record-level CLK, 1024 bits, diffused
 * @param names        one row per name variant (at most {@value IdentityNormaliser#MAX_VARIANTS}): the given-name
 *                     filter, the family-name filter (512 bits each, balanced) and the given name's canonical-form
 *                     filter (256 bits, unhardened); all zero when absent
 * @param middleNames  filter of the given names after the first, 256 bits, balanced; all zero when there are none
 * @param dateOfBirth  year-of-birth filter (128 bits), day-and-month filter (256 bits) and day-month pair filter
 *                     (128 bits), balanced; each all zero when unknown
 * @param postcode     postcode filter, 256 bits, balanced; all zero when unknown
 * @param address      first-line-of-address filter, 256 bits, balanced; all zero when unknown
 * @param blockingKeys sorted, distinct {@link BlockingKey} values
 * @param pncToken     keyed 64-bit token of the PNC id, 0 when absent; likewise phone and email
 */
public record IdentityEncoding(
        int keyVersion,
        long[] clk,
        long[][] names,
        long[] middleNames,
        long[] dateOfBirth,
        long[] postcode,
        long[] address,
        int[] blockingKeys,
        long pncToken,
        long phoneToken,
        long emailToken) {

    static final int DATE_WORDS = FilterField.BIRTH_YEAR.words()
            + FilterField.BIRTH_DAY_MONTH.words()
            + FilterField.BIRTH_DAY_MONTH_PAIR.words();
    static final int NAME_WORDS = 2 * FilterField.NAME.words() + FilterField.CANONICAL.words();

    /**
     * Checks the shape that the index and the scorer rely on, whoever built the encoding.
     *
     * @throws MatchingException {@link MatchingReason#ENCODING_INVALID} when an array is missing or of the wrong
     *                           length, there are no name rows or more than {@value IdentityNormaliser#MAX_VARIANTS},
     *                           or the blocking keys are malformed, unsorted or repeated
     */
    public IdentityEncoding {
        requireWords(clk, FilterField.CLK.words(), "clk");
        if (names == null || names.length < 1 || names.length > IdentityNormaliser.MAX_VARIANTS) {
            throw invalid("names must hold 1 to " + IdentityNormaliser.MAX_VARIANTS + " rows");
        }
        for (long[] row : names) {
            requireWords(row, NAME_WORDS, "each name row");
        }
        requireWords(middleNames, FilterField.MIDDLE_NAMES.words(), "middleNames");
        requireWords(dateOfBirth, DATE_WORDS, "dateOfBirth");
        requireWords(postcode, FilterField.POSTCODE.words(), "postcode");
        requireWords(address, FilterField.ADDRESS.words(), "address");
        if (blockingKeys == null) {
            throw invalid("blockingKeys are required");
        }
        for (int i = 0; i < blockingKeys.length; i++) {
            if (!BlockingKey.isValid(blockingKeys[i]) || (i > 0 && blockingKeys[i] <= blockingKeys[i - 1])) {
                throw invalid("blockingKeys must be well-formed keys, sorted and distinct");
            }
        }
    }

    private static void requireWords(long[] words, int length, String field) {
        if (words == null || words.length != length) {
            throw invalid(field + " must hold " + length + " words");
        }
    }

    private static MatchingException invalid(String detail) {
        return new MatchingException(MatchingReason.ENCODING_INVALID, detail);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityEncoding that
                && keyVersion == that.keyVersion
                && Arrays.equals(clk, that.clk)
                && Arrays.deepEquals(names, that.names)
                && Arrays.equals(middleNames, that.middleNames)
                && Arrays.equals(dateOfBirth, that.dateOfBirth)
                && Arrays.equals(postcode, that.postcode)
                && Arrays.equals(address, that.address)
                && Arrays.equals(blockingKeys, that.blockingKeys)
                && pncToken == that.pncToken
                && phoneToken == that.phoneToken
                && emailToken == that.emailToken;
    }

    @Override
    public int hashCode() {
        return 31 * keyVersion + Arrays.hashCode(clk);
    }

    @Override
    public String toString() {
        return "IdentityEncoding[keyVersion=" + keyVersion + ", nameVariants=" + names.length + ", blockingKeys="
                + blockingKeys.length + "]";
    }
}
