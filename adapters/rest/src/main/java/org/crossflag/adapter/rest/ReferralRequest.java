package org.crossflag.adapter.rest;

import java.util.List;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /local/rest/v1/referrals}: a person referred to a panel of this force ({@code LocalReferral}). */
@Schema(name = "Referral", description = "A person newly referred to a panel of this force.")
record ReferralRequest(
        @Schema(
                description = "The referral's own reference.",
                example = "MARAC-QRB-2026-1187",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.REFERENCE_MAX_LENGTH,
                pattern = FieldRules.REFERENCE_PATTERN)
        String localReference,

        @Schema(
                description = "The panel the person is referred to.",
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"MARAC", "DAPP", "MATAC", "MASIP", "DRIVE", "MAPPA"})
        String forum,

        @Schema(
                description = "The date of the referral, yyyy-MM-dd.",
                example = "2026-04-02",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String referredOn,

        @Schema(description = "The person referred.", requiredMode = Schema.RequiredMode.REQUIRED)
        PersonJson subject,

        @Schema(description = "Whom other areas should call.", requiredMode = Schema.RequiredMode.REQUIRED)
        ContactJson coordinator,

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
        return "ReferralRequest[" + localReference + "]";
    }
}
