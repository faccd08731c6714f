package org.crossflag.adapter.rmssoap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Reads the values of a SOAP request into the adapter API's types, refusing the first that cannot be used with
 * {@code FIELD_MISSING} or {@code FIELD_INVALID} and the field's path. Messages name fields, never values.
 */
final class SoapFields {

    static final String FIELD_MISSING = "FIELD_MISSING";
    static final String FIELD_INVALID = "FIELD_INVALID";

    private SoapFields() {}

    /** The value, or a refusal when it is absent or blank. */
    static String required(String value, String field) {
        String text = optional(value);
        if (text == null) {
            throw new EventRefusedException(FIELD_MISSING, field, field + " is required");
        }
        return text;
    }

    /** The value without surrounding white space, or null when it is absent or blank. */
    static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new EventRefusedException(FIELD_MISSING, field, field + " is required");
        }
        return value;
    }

    static LocalDate date(String value, String field) {
        return parseDate(required(value, field), field);
    }

    static LocalDate optionalDate(String value, String field) {
        String text = optional(value);
        return text == null ? null : parseDate(text, field);
    }

    static <T> T code(String value, String field, Function<String, T> fromWire) {
        String text = required(value, field);
        try {
            return fromWire.apply(text);
        } catch (UnknownCodeException e) {
            throw new EventRefusedException(FIELD_INVALID, field, field + " is not one of the codes the WSDL lists");
        }
    }

    /** A code of the WSDL's, or null when it is absent or blank. */
    static <T> T optionalCode(String value, String field, Function<String, T> fromWire) {
        return optional(value) == null ? null : code(value, field, fromWire);
    }

    /** The non-blank entries, stripped. */
    static List<String> list(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(SoapFields::optional)
                        .filter(v -> v != null)
                        .toList();
    }

    static String path(String parent, String child) {
        return parent + "/" + child;
    }

    private static LocalDate parseDate(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new EventRefusedException(FIELD_INVALID, field, field + " is not a date of the form yyyy-MM-dd");
        }
    }
}
