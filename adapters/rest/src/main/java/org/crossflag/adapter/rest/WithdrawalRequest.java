package org.crossflag.adapter.rest;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /local/rest/v1/withdrawals}: a record deleted at its source ({@code LocalWithdrawal}). */
@Schema(name = "Withdrawal", description = "A record this adapter delivered before, since deleted at its source.")
record WithdrawalRequest(
        @Schema(
                description = "What was deleted.",
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"HEARING", "REFERRAL", "PERSON_RECORD"})
        String recordType,

        @Schema(
                description = "The reference the record was delivered under.",
                example = "MARAC-QRB-2026-0412",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.REFERENCE_MAX_LENGTH,
                pattern = FieldRules.REFERENCE_PATTERN)
        String localReference,

        @Schema(
                description = "The date the source deleted it, yyyy-MM-dd.",
                example = "2026-05-20",
                requiredMode = Schema.RequiredMode.REQUIRED,
                format = "date")
        String withdrawnOn) {}
