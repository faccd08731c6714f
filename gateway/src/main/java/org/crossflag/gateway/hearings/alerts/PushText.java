package org.crossflag.gateway.hearings.alerts;

import java.util.regex.Pattern;

/**
 * Text from a peer or a local record, made safe to put on one line of an email: every run of control characters
 * (CR, LF, tab, escape, bell...), line and paragraph separators and invisible format characters (such as
 * right-to-left overrides) becomes one space. A peer's contact name then cannot write a header or a body line.
 */
final class PushText {

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");

    private PushText() {}

    static String line(Object value) {
        if (value == null) {
            return "";
        }
        return UNSAFE.matcher(value.toString()).replaceAll(" ").strip();
    }
}
