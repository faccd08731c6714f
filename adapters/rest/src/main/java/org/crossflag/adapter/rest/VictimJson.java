package org.crossflag.adapter.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person a hearing or referral records as harmed ({@code LocalVictim}). Personal data: never logged. */
@Schema(name = "Victim", description = "A person harmed, with their relationship to the subject.")
record VictimJson(
        @Schema(
                description =
                        "The victim, in the same shape as the subject. Needs a family name, an alias or a PNC id.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        PersonJson person,

        @Schema(
                description = "The victim's relationship to the subject.",
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {
                    "INTIMATE_PARTNER",
                    "EX_PARTNER",
                    "CHILD_TO_PARENT",
                    "SIBLING",
                    "OTHER_FAMILY",
                    "OTHER"
                })
        String relationship,

        @Schema(
                description =
                        "VICTIM (the default), or BOTH where the record says mutual or a counter-allegation was made.",
                allowableValues = {"VICTIM", "BOTH"})
        String role) {

    /** Never the person: their details must not reach a log line by accident. */
    @Override
    public String toString() {
        return "Victim";
    }
}
