package org.crossflag.adapter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record this force holds about a person: a conviction, a caution or other out-of-court disposal, an order or a
 * marker. The node indexes the person (blinded), so that another force's DVDS check finds them, and shows the record
 * to its own DVDS officer when a disclosure request about the person arrives. Personal data: never log its fields.
 *
 * @param reference the local system's own reference for the record, unique within the adapter (e.g. CR/2019/0042);
 *                  of the form {@link FieldForm#REFERENCE}
 * @param person    whom the record is about
 * @param kind      what kind of record it is
 * @param date      the date of the conviction, caution or disposal, the date an order was made, or a marker set
 * @param endsOn    when it ends (an order's end, a sentence's end), or null when it has no end or none is known
 * @param summary   a short summary the DVDS officer reads, of the form {@link FieldForm#RECORD_SUMMARY}
 */
public record LocalPersonRecord(
        String reference, LocalPerson person, RecordKind kind, LocalDate date, LocalDate endsOn, String summary) {

    public LocalPersonRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
    }

    /** Never the fields: the summary and the person must not reach a log line by accident. */
    @Override
    public String toString() {
        return "LocalPersonRecord[" + kind + "]";
    }
}
