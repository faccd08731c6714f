package org.crossflag.adapter.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /local/rest/v1/corrections}: a hearing corrected at its source, replacing the one this adapter delivered
 * under the same reference.
 */
@Schema(name = "Correction", description = "A hearing corrected at its source, whole, under its original reference.")
record CorrectionRequest(
        @Schema(description = "The hearing as it now stands.", requiredMode = Schema.RequiredMode.REQUIRED)
        HearingRequest hearing,

        @Schema(
                description = "The date the source corrected it, yyyy-MM-dd.",
                example = "2026-03-20",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String correctedOn) {

    @Override
    public String toString() {
        return "CorrectionRequest[" + hearing + "]";
    }
}
