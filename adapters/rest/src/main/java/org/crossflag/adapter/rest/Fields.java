package org.crossflag.adapter.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.UnknownCodeException;

/**
 * Reads the fields of one JSON object of a request, each named by its JSON path (e.g. {@code subject.givenNames[1]}).
 * Text is trimmed, and blank text counts as absent. The first field at fault stops the request with a
 * {@link RequestRefusedException} naming it; the value is never repeated.
 */
final class Fields {

    /** The longest value of a field that has no rule of its own in FieldRules (a name, an address line). */
    static final int MAX_TEXT_LENGTH = 500;

    /** yyyy-MM-dd, yyyy-MM or yyyy. */
    static final String DATE_OF_BIRTH_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final String prefix;

    private Fields(String prefix) {
        this.prefix = prefix;
    }

    /** The fields of the request body itself. */
    static Fields ofBody() {
        return new Fields("");
    }

    /** The fields of the object held in {@code name}. */
    Fields in(String name) {
        return new Fields(path(name) + ".");
    }

    String path(String name) {
        return prefix + name;
    }

    /** An object that must be present. */
    <T> T present(T value, String name) {
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** Text that must be present and of the given form. */
    String required(String value, String name, FieldForm form) {
        String text = optional(value, name, form);
        if (text == null) {
            throw missing(name);
        }
        return text;
    }

    /** Text of the given form, or null when absent. */
    String optional(String value, String name, FieldForm form) {
        String text = text(value, name, form.maxLength(), false);
        if (text == null) {
            return null;
        }
        form.problemWith(text).ifPresent(problem -> {
            throw problem == FieldForm.Problem.VALUE_TOO_LONG
                    ? refused(Reason.VALUE_TOO_LONG, name, "is longer than " + form.maxLength() + " characters")
                    : refused(Reason.INVALID_FORM, name, "is not of the form the federation carries");
        });
        return text;
    }

    /** Printable text of at most {@link #MAX_TEXT_LENGTH} characters, or null when absent. */
    String text(String value, String name) {
        return text(value, name, MAX_TEXT_LENGTH, false);
    }

    /**
     * Text of at most {@code maxLength} characters, or null when absent.
     *
     * @param lineBreaks whether line breaks and tabs are allowed (a justification); no other control character is
     */
    String text(String value, String name, int maxLength, boolean lineBreaks) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw refused(Reason.VALUE_TOO_LONG, name, "is longer than " + maxLength + " characters");
        }
        boolean control = text.chars()
                .anyMatch(c -> Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))
                        || c == '\u2028'
                        || c == '\u2029');
        if (control) {
            throw refused(Reason.INVALID_CHARACTERS, name, "holds a control character");
        }
        return text;
    }

    /** Each entry of a list of printable text; absent entries are refused, an absent list is empty. */
    List<String> texts(List<String> values, String name) {
        List<String> texts = new ArrayList<>();
        if (values == null) {
            return texts;
        }
        for (int i = 0; i < values.size(); i++) {
            String entry = name + "[" + i + "]";
            texts.add(present(text(values.get(i), entry), entry));
        }
        return texts;
    }

    /** Each entry of a list, each of the given form; an absent list is empty. */
    List<String> texts(List<String> values, String name, FieldForm form) {
        List<String> texts = new ArrayList<>();
        if (values == null) {
            return texts;
        }
        for (int i = 0; i < values.size(); i++) {
            texts.add(required(values.get(i), name + "[" + i + "]", form));
        }
        return texts;
    }

    /** A code of a vocabulary, read by its {@code fromWire}; it must be present. */
    <E> E code(String value, String name, Function<String, E> fromWire) {
        E code = optionalCode(value, name, fromWire);
        if (code == null) {
            throw missing(name);
        }
        return code;
    }

    /** A code of a vocabulary, or null when absent. */
    <E> E optionalCode(String value, String name, Function<String, E> fromWire) {
        String text = text(value, name);
        if (text == null) {
            return null;
        }
        try {
            return fromWire.apply(text);
        } catch (UnknownCodeException e) {
            throw refused(Reason.UNKNOWN_CODE, name, "is not a " + e.vocabulary());
        }
    }

    /** A calendar date, yyyy-MM-dd, that must be present. */
    LocalDate date(String value, String name) {
        LocalDate date = optionalDate(value, name);
        if (date == null) {
            throw missing(name);
        }
        return date;
    }

    /** A calendar date, yyyy-MM-dd, or null when absent. */
    LocalDate optionalDate(String value, String name) {
        String text = text(value, name);
        if (text == null) {
            return null;
        }
        try {
            if (ISO_DAY.matcher(text).matches()) {
                return LocalDate.parse(text, ISO_DATE);
            }
        } catch (DateTimeException e) {
            // Not a real day (2026-02-30): refused below like any other bad date.
        }
        throw refused(Reason.INVALID_DATE, name, "is not a date of the form yyyy-MM-dd");
    }

    /** A date of birth as far as it is known: yyyy-MM-dd, yyyy-MM or yyyy; null when absent. */
    String dateOfBirth(String value, String name) {
        String text = text(value, name);
        if (text == null) {
            return null;
        }
        try {
            if (ISO_DAY.matcher(text).matches()) {
                return LocalDate.parse(text, ISO_DATE).toString();
            }
            if (YEAR_MONTH.matcher(text).matches()) {
                return YearMonth.parse(text).toString();
            }
            if (YEAR.matcher(text).matches()) {
                return text;
            }
        } catch (DateTimeException e) {
            // A month 13 or a 30 February: refused below.
        }
        throw refused(Reason.INVALID_DATE, name, "is not a date of the form yyyy-MM-dd, yyyy-MM or yyyy");
    }

    RequestRefusedException missing(String name) {
        return refused(Reason.MISSING_FIELD, name, "is required");
    }

    RequestRefusedException refused(Reason reason, String name, String problem) {
        String field = path(name);
        return new RequestRefusedException(reason, field, field + " " + problem);
    }
}
