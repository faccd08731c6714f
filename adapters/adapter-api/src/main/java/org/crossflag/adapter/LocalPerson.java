package org.crossflag.adapter;

import java.util.List;
import java.util.Objects;

/**
 * A person as a force's own system records them. Personal data: it stays inside the node, which sends only
 * blinded encodings of it. Every field but {@code localPersonId} may be empty or null.
 *
 * @param localPersonId the local system's own id for the person (not a PNC id), unique within the adapter
 * @param givenNames    given names in order, e.g. ["Robert", "James"]
 * @param familyNames   family names; a hyphenated or double-barrelled surname may be one entry or several
 * @param aliases       other full names the person is known by, each as written ("Bob Smith")
 * @param dateOfBirth   ISO 8601: yyyy-MM-dd, or yyyy-MM or yyyy when only part is known; null when unknown
 * @param sex           F, M or X (not stated), or null
 * @param postcode      last known UK postcode, or null
 * @param addressLine   last known first line of address, or null
 * @param pncId         Police National Computer id (e.g. 12/345678A), or null
 * @param phone         a phone number, or null
 * @param email         an email address, or null
 */
public record LocalPerson(
        String localPersonId,
        List<String> givenNames,
        List<String> familyNames,
        List<String> aliases,
        String dateOfBirth,
        String sex,
        String postcode,
        String addressLine,
        String pncId,
        String phone,
        String email) {

    public LocalPerson {
        Objects.requireNonNull(localPersonId, "localPersonId");
        givenNames = givenNames == null ? List.of() : List.copyOf(givenNames);
        familyNames = familyNames == null ? List.of() : List.copyOf(familyNames);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Never the fields: a person's details must not reach a log line by accident. */
    @Override
    public String toString() {
        return "LocalPerson[" + localPersonId + "]";
    }
}
