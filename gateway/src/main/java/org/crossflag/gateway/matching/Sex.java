package org.crossflag.gateway.matching;

/** Sex as recorded by the force; UNKNOWN when the record does not say. */
public enum Sex {
    FEMALE,
    MALE,
    /** Recorded, but neither female nor male (for example "X" or "other"). */
    OTHER,
    UNKNOWN;

    /** Reads F/M/X, female/male/other, or anything else as UNKNOWN. */
    public static Sex parse(String text) {
        return switch (Blanks.strip(text).toUpperCase(java.util.Locale.ROOT)) {
            case "F", "FEMALE", "W", "WOMAN" -> FEMALE;
            case "M", "MALE", "MAN" -> MALE;
            case "X", "O", "OTHER" -> OTHER;
            default -> UNKNOWN;
        };
    }
}
