package org.crossflag.gateway.disclosures.records;

import java.time.LocalDate;

import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.hearings.records.LocalPeople;

/**
 * Checks a person record as it enters the node, field by field against its {@link FieldForm}, so that a record that
 * cannot be stored or sent is refused at once with the field named (never its value), as hearings are by
 * {@code RecordFields}.
 */
public final class PersonRecordFields {

    /** The reason code of a required field that is missing. */
    public static final String FIELD_MISSING = "FIELD_MISSING";

    private PersonRecordFields() {}

    /**
     * @param today the holding force's date: a record cannot be dated after it
     * @throws PersonRecordRejectedException naming the first field at fault
     */
    public static void requireUsable(String adapterId, LocalPersonRecord record, LocalDate today) {
        require(FieldForm.ADAPTER_ID, "adapterId", adapterId);
        require(FieldForm.REFERENCE, "reference", record.reference());
        require(FieldForm.LOCAL_PERSON_ID, "person.localId", record.person().localPersonId());
        requireIdentifiable(record);
        if (record.date().isAfter(today)) {
            throw new PersonRecordRejectedException("DATE_IN_FUTURE", "date", "date is after today");
        }
        if (record.endsOn() != null && record.endsOn().isBefore(record.date())) {
            throw new PersonRecordRejectedException("ENDS_BEFORE_DATE", "endsOn", "endsOn is before date");
        }
        require(FieldForm.RECORD_SUMMARY, "summary", record.summary());
    }

    private static void requireIdentifiable(LocalPersonRecord record) {
        try {
            LocalPeople.requireIdentifiable(record.person());
        } catch (RejectedRecordException e) {
            String field = "DATE_OF_BIRTH_INVALID".equals(e.reasonCode()) ? "person.dateOfBirth" : "person.familyName";
            throw new PersonRecordRejectedException(e.reasonCode(), field, e.getMessage());
        }
    }

    /** The message names the field and its rule, never the value. */
    static void require(FieldForm form, String field, String value) {
        if (value == null) {
            throw new PersonRecordRejectedException(FIELD_MISSING, field, field + " is required");
        }
        form.problemWith(value).ifPresent(problem -> {
            throw new PersonRecordRejectedException(
                    problem.name(),
                    field,
                    problem == FieldForm.Problem.VALUE_TOO_LONG
                            ? field + " is longer than " + form.maxLength() + " characters"
                            : field + " is not of the form the federation carries (" + form.name() + ")");
        });
    }
}
