package org.crossflag.gateway.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.disclosures.records.PersonRecordFields;
import org.crossflag.gateway.disclosures.records.PersonRecordRejectedException;

/**
 * The body of {@code POST /api/person-records}. Codes and dates are read as text, so that a bad one is refused with
 * its field named, as every other field is; the node then checks the record's forms ({@link PersonRecordFields}).
 */
record PersonRecordRequest(
        String adapterId,
        String reference,
        PersonBody person,
        String kind,
        String date,
        String endsOn,
        String summary) {

    static final int NAME_MAX_LENGTH = 120;
    static final int POSTCODE_MAX_LENGTH = 10;

    /** @param givenNames the given names in order, separated by spaces */
    record PersonBody(String localId, String givenNames, String familyName, String dateOfBirth, String postcode) {}

    /** @throws PersonRecordRejectedException naming the field at fault */
    LocalPersonRecord toRecord() {
        return new LocalPersonRecord(
                required("reference", reference),
                toPerson(),
                toKind(),
                date("date", required("date", date)),
                endsOn == null || endsOn.isBlank() ? null : date("endsOn", endsOn),
                required("summary", summary));
    }

    private LocalPerson toPerson() {
        if (person == null) {
            throw missing("person");
        }
        return new LocalPerson(
                required("person.localId", person.localId()),
                words(atMost("person.givenNames", person.givenNames(), NAME_MAX_LENGTH)),
                familyName(),
                List.of(),
                ApiRequests.blankToNull(person.dateOfBirth()),
                null,
                ApiRequests.blankToNull(atMost("person.postcode", person.postcode(), POSTCODE_MAX_LENGTH)),
                null,
                null,
                null,
                null);
    }

    private List<String> familyName() {
        String name = ApiRequests.blankToNull(atMost("person.familyName", person.familyName(), NAME_MAX_LENGTH));
        return name == null ? List.of() : List.of(name);
    }

    private RecordKind toKind() {
        try {
            return RecordKind.fromWire(required("kind", kind));
        } catch (UnknownCodeException e) {
            throw new PersonRecordRejectedException(
                    "KIND_UNKNOWN", "kind", "kind must be CONVICTION, CAUTION, OUT_OF_COURT_DISPOSAL, ORDER or MARKER");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PersonRecordRejectedException("DATE_INVALID", field, field + " must be yyyy-MM-dd");
        }
    }

    private static List<String> words(String names) {
        return names == null || names.isBlank()
                ? List.of()
                : Arrays.asList(names.strip().split(" +"));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return value;
    }

    private static String atMost(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new PersonRecordRejectedException(
                    "VALUE_TOO_LONG", field, field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static PersonRecordRejectedException missing(String field) {
        return new PersonRecordRejectedException(PersonRecordFields.FIELD_MISSING, field, field + " is required");
    }
}
