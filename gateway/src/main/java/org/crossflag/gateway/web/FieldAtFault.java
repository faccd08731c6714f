package org.crossflag.gateway.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * The field of a JSON body that could not be read into the call's request, found from Jackson's failure: its path
 * ({@code person.dateOfBirth}, {@code hearings[0].heardOn}) and the form it must take ("a date of the form
 * 2026-12-07", "one of MARAC, DAPP"). The message names the field and the form, never the value sent, which may be
 * personal data.
 *
 * @param path    the JSON path of the field at fault
 * @param message the path, then what the field must be
 */
record FieldAtFault(String path, String message) {

    private static final int MAX_CAUSES = 16;

    /** The field at fault in a body that could not be read, when the failure names one; empty for broken JSON. */
    static Optional<FieldAtFault> of(Throwable unreadable) {
        JsonMappingException mapping = mappingFailure(unreadable);
        if (mapping == null || mapping instanceof InvalidDefinitionException) {
            return Optional.empty();
        }
        String path = path(mapping.getPath());
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return Optional.of(new FieldAtFault(path, path + ": not a field this call takes"));
        }
        return Optional.of(new FieldAtFault(path, path + ": not " + expectedForm(targetType(mapping))));
    }

    /** {@code person.dateOfBirth}, {@code hearings[0].heardOn}: field names joined by dots, list positions in [ ]. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of the type must look like, in words an officer or an integrator reads. */
    static String expectedForm(Class<?> type) {
        if (type == null) {
            return "of the form this field takes";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date of the form 2026-12-07";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a time of the form 2026-12-07T09:30:00Z";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (isWholeNumber(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static boolean isWholeNumber(Class<?> type) {
        return List.of(int.class, long.class, short.class, byte.class).contains(type)
                || List.of(Integer.class, Long.class, Short.class, Byte.class, BigInteger.class)
                        .contains(type);
    }

    private static Class<?> targetType(JsonMappingException mapping) {
        if (mapping instanceof MismatchedInputException mismatched) {
            return mismatched.getTargetType();
        }
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    /** The outermost Jackson mapping failure in the chain of causes, if any. */
    private static JsonMappingException mappingFailure(Throwable unreadable) {
        Throwable cause = unreadable;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof JsonMappingException mapping) {
                return mapping;
            }
            cause = cause.getCause();
        }
        return null;
    }
}
