package org.crossflag.adapter.maraccsv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossflag.adapter.FieldForm;

/** The documented columns of a MARAC CSV export. Their names are lower snake case; the order in a file is free. */
enum Column {
    RECORD_TYPE(true),
    REFERENCE(true, FieldForm.REFERENCE),
    FORUM(true),
    DATE(true),
    PERSON_ID(true, FieldForm.LOCAL_PERSON_ID),
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
    COORDINATOR_NAME(true, FieldForm.CONTACT_NAME),
    COORDINATOR_PHONE(false, FieldForm.PHONE),
    COORDINATOR_EMAIL(false, FieldForm.EMAIL),
    SCORE_TOOL(false, FieldForm.SCORE_PART),
    SCORE_VERSION(false, FieldForm.SCORE_PART),
    SCORE_VALUE(false, FieldForm.SCORE_PART),
    /** CURRENT (when absent or empty), CORRECTED or WITHDRAWN: see RecordStatus. */
    RECORD_STATUS(false),
    /** The day a CORRECTED or WITHDRAWN row was corrected or withdrawn at its source. */
    STATUS_DATE(false),
    /** PERPETRATOR (when absent or empty) or BOTH: see HarmColumns. */
    SUBJECT_ROLE(false),
    ABUSE_TYPE(false),
    // Up to three victims, a group of columns each (see HarmColumns.VictimGroup).
    VICTIM1_PERSON_ID(false, FieldForm.LOCAL_PERSON_ID),
    VICTIM1_GIVEN_NAMES(false),
    VICTIM1_FAMILY_NAME(false),
    VICTIM1_DOB(false),
    VICTIM1_SEX(false),
    VICTIM1_POSTCODE(false),
    VICTIM1_RELATIONSHIP(false),
    VICTIM1_ROLE(false),
    VICTIM2_PERSON_ID(false, FieldForm.LOCAL_PERSON_ID),
    VICTIM2_GIVEN_NAMES(false),
    VICTIM2_FAMILY_NAME(false),
    VICTIM2_DOB(false),
    VICTIM2_SEX(false),
    VICTIM2_POSTCODE(false),
    VICTIM2_RELATIONSHIP(false),
    VICTIM2_ROLE(false),
    VICTIM3_PERSON_ID(false, FieldForm.LOCAL_PERSON_ID),
    VICTIM3_GIVEN_NAMES(false),
    VICTIM3_FAMILY_NAME(false),
    VICTIM3_DOB(false),
    VICTIM3_SEX(false),
    VICTIM3_POSTCODE(false),
    VICTIM3_RELATIONSHIP(false),
    VICTIM3_ROLE(false);

    private static final Map<String, Column> BY_HEADER =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Column::header, Function.identity()));

    private final boolean required;
    private final FieldForm form;

    Column(boolean required) {
        this(required, null);
    }

    /** @param form the node's rule for a value that is stored in a column or travels to other forces */
    Column(boolean required, FieldForm form) {
        this.required = required;
        this.form = form;
    }

    /** The field rule a value must meet to be carried, if this column has one. */
    Optional<FieldForm> form() {
        return Optional.ofNullable(form);
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
