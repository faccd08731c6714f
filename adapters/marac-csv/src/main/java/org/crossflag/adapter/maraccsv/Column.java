package org.crossflag.adapter.maraccsv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The documented columns of a MARAC CSV export. Their names are lower snake case; the order in a file is free. */
enum Column {
    RECORD_TYPE(true),
    REFERENCE(true),
    FORUM(true),
    DATE(true),
    PERSON_ID(true),
    GIVEN_NAMES(false),
    FAMILY_NAME(false),
    ALIASES(false),
    DOB(false),
    SEX(false),
    PNC_ID(false),
    POSTCODE(false),
    ADDRESS(false),
    PHONE(false),
    EMAIL(false),
    COORDINATOR_NAME(true),
    COORDINATOR_PHONE(false),
    COORDINATOR_EMAIL(false),
    SCORE_TOOL(false),
    SCORE_VERSION(false),
    SCORE_VALUE(false);

    private static final Map<String, Column> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Column::header, Function.identity()));

    private final boolean required;

    Column(boolean required) {
        this.required = required;
    }

    /** The column's name in a header line, e.g. {@code given_names}. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a file must have this column (every row needs a value in it). */
    boolean required() {
        return required;
    }

    /** The column a header cell names, ignoring case and surrounding spaces. */
    static Optional<Column> forHeader(String cell) {
        return Optional.ofNullable(BY_HEADER.get(cell.strip().toLowerCase(Locale.ROOT)));
    }
}
