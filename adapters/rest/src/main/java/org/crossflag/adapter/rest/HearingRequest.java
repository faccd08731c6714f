package org.crossflag.adapter.rest;

import org.crossflag.adapter.FieldRules;

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
        ScoreJson score) {

    @Override
    public String toString() {
        return "HearingRequest[" + localReference + "]";
    }
}
