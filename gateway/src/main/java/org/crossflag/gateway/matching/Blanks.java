package org.crossflag.gateway.matching;

/**
 * Blank text as records hold it. Besides ASCII white space, spreadsheets and copied text leave no-break and other
 * Unicode spaces, invisible format characters (zero-width space, byte-order mark) and control characters in fields;
 * a field of nothing else is empty, and around a value they are not part of it.
 */
final class Blanks {

    private Blanks() {}

    static boolean isBlankCharacter(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(Blanks::isBlankCharacter);
    }

    /** {@code text} without blank characters at either end; never null. */
    static String strip(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlankCharacter(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlankCharacter(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** {@code text} with every blank character removed, as in "12 / 345678A". */
    static String removeAll(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isBlankCharacter(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
