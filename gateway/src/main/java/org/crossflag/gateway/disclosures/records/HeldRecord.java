package org.crossflag.gateway.disclosures.records;

import java.time.LocalDate;

import org.crossflag.gateway.federation.envelope.DataCategory;

/**
 * One record this force holds about a person, as its DVDS officer sees it when answering a disclosure request: a
 * person record or a panel hearing. Personal data: never logged.
 *
 * @param recordId               the node's id of the person record or the hearing
 * @param category               the data category a request must name for it to be released
 * @param endsOn                 when it ends, or null
 * @param rehabilitationGuidance what the Rehabilitation of Offenders Act 1974 says of its kind; the officer decides
 *                               whether it is spent
 */
public record HeldRecord(
        String recordId,
        HeldRecordKind kind,
        DataCategory category,
        LocalDate date,
        LocalDate endsOn,
        String summary,
        String rehabilitationGuidance) {

    /** Never the summary. */
    @Override
    public String toString() {
        return "HeldRecord[" + recordId + ", " + kind + "]";
    }
}
