package org.crossflag.gateway.matching;

import java.util.List;
import java.util.Objects;

/**
 * A person as one force records them, before any normalisation or encoding. This is what an adapter hands to the
 * matching core; it never leaves the node. Only {@link IdentityEncoding}s travel.
 *
 * @param givenNames  forenames in order, the first being the one used; a single entry may hold several names
 * @param familyNames surnames; a double-barrelled or hyphenated surname may be one entry or several
 * @param aliases     full alternative names ("Bobby Smith", "Smith, Robert", a former married name)
 * @param dateOfBirth possibly partial, never null
 * @param sex         never null
 * @param addresses   last-known addresses, newest first; null entries are dropped
 * @param pncId       Police National Computer id ("12/345678A"), or null
 * @param phone       or null
 * @param email       or null
 */
public record PersonIdentity(
        List<String> givenNames,
        List<String> familyNames,
        List<String> aliases,
        PartialDate dateOfBirth,
        Sex sex,
        List<PostalAddress> addresses,
        String pncId,
        String phone,
        String email) {

    public PersonIdentity {
        givenNames = copy(givenNames);
        familyNames = copy(familyNames);
        aliases = copy(aliases);
        addresses = addresses == null
                ? List.of()
                : addresses.stream().filter(Objects::nonNull).toList();
        dateOfBirth = dateOfBirth == null ? PartialDate.unknown() : dateOfBirth;
        sex = sex == null ? Sex.UNKNOWN : sex;
    }

    /** The common case: one given name, one family name and a date of birth. */
    public static PersonIdentity of(String givenName, String familyName, PartialDate dateOfBirth) {
        return new PersonIdentity(
                List.of(givenName),
                List.of(familyName),
                List.of(),
                dateOfBirth,
                Sex.UNKNOWN,
                List.of(),
                null,
                null,
                null);
    }

    public PersonIdentity withSex(Sex newSex) {
        return new PersonIdentity(
                givenNames, familyNames, aliases, dateOfBirth, newSex, addresses, pncId, phone, email);
    }

    public PersonIdentity withAliases(List<String> newAliases) {
        return new PersonIdentity(
                givenNames, familyNames, newAliases, dateOfBirth, sex, addresses, pncId, phone, email);
    }

    public PersonIdentity withPncId(String newPncId) {
        return new PersonIdentity(
                givenNames, familyNames, aliases, dateOfBirth, sex, addresses, newPncId, phone, email);
    }

    public PersonIdentity withAddresses(List<PostalAddress> newAddresses) {
        return new PersonIdentity(
                givenNames, familyNames, aliases, dateOfBirth, sex, newAddresses, pncId, phone, email);
    }

    /**
     * True when normalisation leaves something to match on: a name, any part of the date of birth, a postcode or
     * address line, or a PNC id, phone or email of a usable form. Sex alone is not enough.
     */
    public boolean hasUsableField() {
        return !IdentityNormaliser.normalise(this).isEmpty();
    }

    /** True when a family name or an alias has at least one word once normalised (punctuation alone has none). */
    public boolean hasFamilyNameOrAlias() {
        return familyNames.stream()
                        .anyMatch(name -> !NameNormaliser.familyWords(name).isEmpty())
                || aliases.stream()
                        .anyMatch(alias -> !IdentityNormaliser.alias(alias).isEmpty());
    }

    /** True when the PNC id is of a form matching reads (12/345678A, 2012/0345678A, 12345678A); "N/A" is not. */
    public boolean hasUsablePncId() {
        return IdentityNormaliser.pnc(pncId) != null;
    }

    private static List<String> copy(List<String> names) {
        return names == null
                ? List.of()
                : names.stream().filter(n -> !Blanks.isBlank(n)).toList();
    }

    /** Never prints the person: a record's default toString would put names into logs and exception messages. */
    @Override
    public String toString() {
        return "PersonIdentity[redacted]";
    }
}
