package org.crossflag.adapter.rest;

import java.util.List;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /local/rest/v1/dvds-applications}: a Domestic Violence Disclosure Scheme application the case system
 * received ({@code LocalDvdsApplication}). The node reads it as the DVDS workspace reads its form, and refuses the
 * first field it cannot use with a 422 naming it.
 */
@Schema(name = "DvdsApplication", description = "A DVDS application received by the force's case system.")
record DvdsApplicationRequest(
        @Schema(
                description = "The case system's reference, unique within it.",
                example = "DVDS-QRB-2026-0077",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.REFERENCE_MAX_LENGTH,
                pattern = FieldRules.REFERENCE_PATTERN)
        String localReference,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"RIGHT_TO_ASK", "RIGHT_TO_KNOW"})
        String route,

        @Schema(
                description = "The date the force received it, yyyy-MM-dd.",
                example = "2026-04-15",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String receivedOn,

        @Schema(description = "A: the person at risk, as known.")
        PersonJson personAtRisk,

        @Schema(description = "B: the person asked about.", requiredMode = Schema.RequiredMode.REQUIRED)
        PersonJson subject,

        @Schema(description = "C: who applied, on Right to Ask when not the person at risk.")
        ApplicantJson applicant,

        @Schema(
                description = "The legal basis code, as the federation's envelope lists it.",
                example = "COMMON_LAW_POLICING_PURPOSE",
                pattern = FieldRules.REASON_CODE_PATTERN)
        String legalBasis,

        @Schema(
                description = "The person at risk's consent.",
                allowableValues = {"GIVEN", "NOT_SOUGHT_THRESHOLD_MET", "REFUSED_OVERRIDDEN"})
        String consent,

        @Schema(
                description = "Why the request goes without consent; line breaks allowed.",
                maxLength = FieldRules.CONSENT_JUSTIFICATION_MAX_LENGTH)
        String justification,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                description = "The data categories asked for, as the envelope lists them; empty or "
                                        + "left out: all DVDS categories."),
                schema = @Schema(example = "OFFENCE_HISTORY", pattern = FieldRules.REASON_CODE_PATTERN))
        List<String> categories,

        @Schema(description = "The officer dealing with it.", requiredMode = Schema.RequiredMode.REQUIRED)
        ContactJson officer) {

    /** Who applied ({@code LocalDvdsApplication.Applicant}); the codes are the DVDS workspace's. */
    @Schema(name = "DvdsApplicant", description = "Who applied, with their relationship to A and to B.")
    record ApplicantJson(
            @Schema(
                    example = "THIRD_PARTY",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    pattern = FieldRules.REASON_CODE_PATTERN)
            String kind,

            @Schema(description = "The applicant as recorded.")
            PersonJson person,

            @Schema(example = "PARENT", pattern = FieldRules.REASON_CODE_PATTERN)
            String relationshipToPersonAtRisk,

            @Schema(example = "NONE", pattern = FieldRules.REASON_CODE_PATTERN)
            String relationshipToSubject) {

        @Override
        public String toString() {
            return "Applicant[" + kind + "]";
        }
    }

    @Override
    public String toString() {
        return "DvdsApplicationRequest[" + localReference + "]";
    }
}
