package org.crossflag.gateway.disclosures.applications;

import java.util.Locale;
import java.util.Set;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Who receives a disclosure: the person at risk (A), or a person placed to protect them. There is no value for the
 * subject (B), and asking for one is refused in its own words rather than as an unknown code. The wire code is the
 * constant's name.
 */
public enum DisclosureRecipient {
    /** The person at risk (A). */
    PERSON_AT_RISK,
    /** Someone best placed to protect A, such as a parent of a young person at risk. */
    PERSON_PLACED_TO_PROTECT;

    private static final Set<String> SUBJECT_CODES = Set.of("SUBJECT", "B");

    public String wire() {
        return name();
    }

    /**
     * @throws DisclosureToSubjectException for SUBJECT or B, in any case
     * @throws UnknownCodeException          naming any other value that is not a recipient
     */
    public static DisclosureRecipient fromWire(String code) {
        for (DisclosureRecipient value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        if (code != null && SUBJECT_CODES.contains(code.strip().toUpperCase(Locale.ROOT))) {
            throw new DisclosureToSubjectException();
        }
        throw new UnknownCodeException("disclosure recipient", code);
    }
}
