package org.crossflag.gateway.circumstances;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The postcode district (outward code) of a UK postcode, as people write it: any case, with or without the space,
 * with stray spaces ("cm2 9xx", "CM29XX", " SW1A  1AA "), or the district alone ("CO8"). The inward code is a digit
 * and two letters; what is left must be a district (one or two letters, a digit, and a digit or letter).
 */
public final class PostcodeDistricts {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private static final Pattern INWARD = Pattern.compile("[0-9][A-Z]{2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PostcodeDistricts() {}

    /** Empty when the text is neither a postcode nor a district. */
    public static Optional<String> districtOf(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String compact = SPACES.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.length() > 7) {
            return Optional.empty();
        }
        if (compact.length() >= 5
                && INWARD.matcher(compact.substring(compact.length() - 3)).matches()) {
            String outward = compact.substring(0, compact.length() - 3);
            return DISTRICT.matcher(outward).matches() ? Optional.of(outward) : Optional.empty();
        }
        return DISTRICT.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
