package org.crossflag.adapter.rest;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /local/rest/v1/person-records}: a conviction, caution, disposal, order or marker the force holds about
 * a person ({@code LocalPersonRecord}).
 */
@Schema(name = "PersonRecord", description = "A conviction, caution, disposal, order or marker held about a person.")
record PersonRecordRequest(
        @Schema(
                description = "The case system's reference for the record, unique within it.",
                example = "CR/2019/0042",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.REFERENCE_MAX_LENGTH,
                pattern = FieldRules.REFERENCE_PATTERN)
        String reference,

        @Schema(description = "Whom the record is about.", requiredMode = Schema.RequiredMode.REQUIRED)
        PersonJson person,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"CONVICTION", "CAUTION", "OUT_OF_COURT_DISPOSAL", "ORDER", "MARKER"})
        String kind,

        @Schema(
                description = "The date of the conviction, caution or disposal, or the date the order was made "
                        + "or the marker set, yyyy-MM-dd.",
                example = "2019-11-04",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String date,

        @Schema(description = "When it ends, yyyy-MM-dd, if it ends.", example = "2027-11-03", format = "date")
        String endsOn,

        @Schema(
                description = "A short summary the DVDS officer reads.",
                example = "Assault by beating, 12 weeks' custody",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.RECORD_SUMMARY_MAX_LENGTH)
        String summary) {

    @Override
    public String toString() {
        return "PersonRecordRequest[" + reference + "]";
    }
}
