package org.crossflag.adapter.rest;

import java.util.List;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /local/rest/v1/hearings}: a hearing a panel of this force held ({@code LocalHearing}). */
@Schema(name = "Hearing", description = "A hearing a panel of this force held about a person.")
record HearingRequest(
        @Schema(
                description = "The panel's own case reference, unique per forum within the force.",
                example = "MARAC-QRB-2026-0412",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.REFERENCE_MAX_LENGTH,
                pattern = FieldRules.REFERENCE_PATTERN)
        String localReference,

        @Schema(
                description = "The panel that heard the person.",
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"MARAC", "DAPP", "MATAC", "MASIP", "DRIVE", "MAPPA"})
        String forum,

        @Schema(
                description = "The date of the hearing, yyyy-MM-dd.",
                example = "2026-03-12",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String heardOn,

        @Schema(description = "The person heard.", requiredMode = Schema.RequiredMode.REQUIRED)
        PersonJson subject,

        @Schema(description = "Whom another area should call.", requiredMode = Schema.RequiredMode.REQUIRED)
        ContactJson coordinator,

        @Schema(description = "The risk score recorded at the hearing, if any.")
        ScoreJson score,

        @Schema(
                description = "PERPETRATOR (the default), or BOTH where the record says mutual or a counter-allegation "
                        + "was made.",
                allowableValues = {"PERPETRATOR", "BOTH"})
        String subjectRole,

        @Schema(
                description = "The kind of abuse, if the record says.",
                allowableValues = {"DOMESTIC_ABUSE", "COERCIVE_CONTROL", "STALKING", "HONOUR_BASED", "OTHER"})
        String abuseType,

        @ArraySchema(
                arraySchema = @Schema(description = "The people harmed, each with their relationship to the subject."),
                maxItems = EventMapper.MAX_VICTIMS)
        List<VictimJson> victims) {

    @Override
    public String toString() {
        return "HearingRequest[" + localReference + "]";
    }
}
