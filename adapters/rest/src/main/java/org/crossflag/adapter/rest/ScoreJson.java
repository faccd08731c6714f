package org.crossflag.adapter.rest;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.Schema;

/** A risk score ({@code RiskScore}): never without its tool and the tool's version, so all three are required. */
@Schema(name = "RiskScore", description = "A risk score with its tool and version: all three, or no score at all.")
record ScoreJson(
        @Schema(
                example = "DASH",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.SCORE_PART_MAX_LENGTH)
        String tool,

        @Schema(
                example = "2009",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.SCORE_PART_MAX_LENGTH)
        String toolVersion,

        @Schema(
                example = "17",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.SCORE_PART_MAX_LENGTH)
        String value) {}
