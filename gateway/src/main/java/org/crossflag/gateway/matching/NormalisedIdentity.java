package org.crossflag.gateway.matching;

import java.util.List;

/**
 * A {@link PersonIdentity} after normalisation: what the encoder turns into tokens. Package-private, because it is
 * still readable personal data.
 *
 * @param variants     the primary name first, then each part of a multi-part surname alone, then aliases
 * @param middleNames  given names after the first
 * @param postcodes    normalised postcodes (upper case, no spaces)
 * @param addressLines normalised first lines of addresses
 * @param pnc          normalised PNC id or null; likewise phone and email
 */
record NormalisedIdentity(
        List<NameVariant> variants,
        List<String> middleNames,
        PartialDate dateOfBirth,
        Sex sex,
        List<String> postcodes,
        List<String> addressLines,
        String pnc,
        String phone,
        String email) {

    /** True when nothing is left to match on: no name, no part of a date of birth, no address, no identifier. */
    boolean isEmpty() {
        return variants.isEmpty()
                && middleNames.isEmpty()
                && dateOfBirth.isUnknown()
                && postcodes.isEmpty()
                && addressLines.isEmpty()
                && pnc == null
                && phone == null
                && email == null;
    }
}
