package org.crossflag.gateway.matching;

import java.util.Arrays;

/**
 * A person, blinded: what a query carries and what a node's index holds. Nothing here can be read back into a name
 * or a date without the federation matching secret.
 *
 * @param keyVersion   the matching key version everything below was made with
 * @param clk          the record-level CLK, 1024 bits, diffused
 * @param names        one row per name variant (at most {@value IdentityNormaliser#MAX_VARIANTS}): the given-name
 *                     filter (256 bits) then the family-name filter (256 bits), each diffused; all zero when absent
 * @param dateOfBirth  date-of-birth filter, 256 bits, diffused; all zero when unknown
 * @param postcode     postcode filter, 256 bits, diffused; all zero when unknown
 * @param blockingKeys sorted, distinct {@link BlockingKey} values
 * @param pncToken     keyed 64-bit token of the PNC id, 0 when absent; likewise phone and email
 */
public record IdentityEncoding(int keyVersion, long[] clk, long[][] names, long[] dateOfBirth, long[] postcode, int[] blockingKeys,
        long pncToken, long phoneToken, long emailToken) {

    static final int NAME_WORDS = 2 * FilterField.NAME.words();

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityEncoding that && keyVersion == that.keyVersion && Arrays.equals(clk, that.clk)
                && Arrays.deepEquals(names, that.names) && Arrays.equals(dateOfBirth, that.dateOfBirth)
                && Arrays.equals(postcode, that.postcode) && Arrays.equals(blockingKeys, that.blockingKeys)
                && pncToken == that.pncToken && phoneToken == that.phoneToken && emailToken == that.emailToken;
    }

    @Override
    public int hashCode() {
        return 31 * keyVersion + Arrays.hashCode(clk);
    }

    @Override
    public String toString() {
        return "IdentityEncoding[keyVersion=" + keyVersion + ", nameVariants=" + names.length + ", blockingKeys=" + blockingKeys.length + "]";
    }
}
