package org.crossflag.adapter.rmssoap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.adapter.rmssoap.query.HeldRecord;
import org.crossflag.adapter.rmssoap.query.Person;
import org.crossflag.adapter.rmssoap.query.RecordsHeld;

/**
 * Reads the records system's answer into {@link LocalPersonRecord}s about the person asked about. An answer about
 * someone else, or with a record the node cannot use, is refused whole with {@code RECORDS_SYSTEM_ANSWER_INVALID}
 * naming the field: a partial list would read as all the system holds.
 */
final class RecordsHeldMapper {

    static final String ANSWER_INVALID = "RECORDS_SYSTEM_ANSWER_INVALID";

    List<LocalPersonRecord> records(String localPersonId, RecordsHeld answer) {
        if (answer == null) {
            throw invalid("recordsHeld", "is missing");
        }
        LocalPerson person = person(localPersonId, answer.getPerson());
        List<LocalPersonRecord> records = new ArrayList<>();
        for (int i = 0; i < answer.getRecord().size(); i++) {
            records.add(record(person, answer.getRecord().get(i), "record[" + i + "]"));
        }
        return List.copyOf(records);
    }

    private static LocalPerson person(String localPersonId, Person person) {
        if (person == null) {
            return new LocalPerson(localPersonId, null, null, null, null, null, null, null, null, null, null);
        }
        if (!localPersonId.equals(SoapFields.optional(person.getLocalPersonId()))) {
            throw invalid("person/localPersonId", "is not the person asked about");
        }
        return new LocalPerson(
                localPersonId,
                SoapFields.list(person.getGivenName()),
                SoapFields.list(person.getFamilyName()),
                SoapFields.list(person.getAlias()),
                SoapFields.optional(person.getDateOfBirth()),
                SoapFields.optional(person.getSex()),
                SoapFields.optional(person.getPostcode()),
                SoapFields.optional(person.getAddressLine()),
                SoapFields.optional(person.getPncId()),
                SoapFields.optional(person.getPhone()),
                SoapFields.optional(person.getEmail()));
    }

    private static LocalPersonRecord record(LocalPerson person, HeldRecord record, String at) {
        String reference = text(record.getReference(), at + "/reference");
        String kind = text(record.getKind(), at + "/kind");
        String summary = text(record.getSummary(), at + "/summary");
        try {
            return new LocalPersonRecord(
                    reference,
                    person,
                    RecordKind.fromWire(kind),
                    date(record.getDate(), at + "/date"),
                    record.getEndsOn() == null ? null : date(record.getEndsOn(), at + "/endsOn"),
                    summary);
        } catch (UnknownCodeException e) {
            throw invalid(at + "/kind", "is not a record kind");
        }
    }

    private static String text(String value, String field) {
        String text = SoapFields.optional(value);
        if (text == null) {
            throw invalid(field, "is missing");
        }
        return text;
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(text(value, field));
        } catch (DateTimeParseException e) {
            throw invalid(field, "is not a date of the form yyyy-MM-dd");
        }
    }

    private static LocalRecordsUnavailableException invalid(String field, String problem) {
        return new LocalRecordsUnavailableException(
                ANSWER_INVALID, "the records system's answer cannot be used: " + field + " " + problem, null);
    }
}
