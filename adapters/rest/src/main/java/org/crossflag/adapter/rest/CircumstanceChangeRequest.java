package org.crossflag.adapter.rest;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /local/rest/v1/circumstance-changes}: a change notified by a person under a protection order
 * ({@code LocalCircumstanceChange}).
 */
@Schema(
        name = "CircumstanceChange",
        description = "A change of name, address, partner or travel notified under a DAPO or an SPO.")
record CircumstanceChangeRequest(
        @Schema(
                description = "The notification's reference, unique within the case system.",
                example = "SPO-QRB-2026-0031-N2",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.REFERENCE_MAX_LENGTH,
                pattern = FieldRules.REFERENCE_PATTERN)
        String localReference,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"NEW_ADDRESS", "NEW_NAME", "NEW_PARTNER", "PLANNED_TRAVEL"})
        String kind,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"DAPO", "SPO"})
        String orderType,

        @Schema(
                description = "The order's reference at the force holding it.",
                example = "SPO-QRB-2026-0031",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.REFERENCE_MAX_LENGTH,
                pattern = FieldRules.REFERENCE_PATTERN)
        String orderReference,

        @Schema(
                description = "The directory code of the force holding the order; left out when it is this " + "force.",
                example = "GB-QRB",
                pattern = FieldRules.MEMBER_CODE_PATTERN)
        String orderHeldBy,

        @Schema(
                description = "The date the change took effect, yyyy-MM-dd.",
                example = "2026-05-01",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String changedOn,

        @Schema(
                description = "The date the person notified the police, yyyy-MM-dd.",
                example = "2026-05-03",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String notifiedOn,

        @Schema(
                description = "The person under the order, with the new name or address where that changed.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        PersonJson subject,

        @Schema(description = "The new partner, for NEW_PARTNER.")
        PersonJson newPartner,

        @Schema(description = "The destination's postcode, for PLANNED_TRAVEL.", example = "IP5 1RY")
        String travelPostcode,

        @Schema(description = "Whom the other forces should call.", requiredMode = Schema.RequiredMode.REQUIRED)
        ContactJson offenderManager) {

    @Override
    public String toString() {
        return "CircumstanceChangeRequest[" + localReference + "]";
    }
}
