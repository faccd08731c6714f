package org.crossflag.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a refused request. The message names fields, never the values sent.
 *
 * @param reasonCode why, e.g. {@code MISSING_FIELD}, {@code EVENT_NOT_ALLOWED}, or the node's own code
 * @param message    a sentence for the person reading a local system's log
 * @param field      the JSON path at fault, e.g. {@code subject.dateOfBirth}; absent when no one field is
 */
@Schema(description = "A refusal: nothing was stored.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record Refusal(
        @Schema(example = "MISSING_FIELD", requiredMode = Schema.RequiredMode.REQUIRED)
        String reasonCode,

        @Schema(example = "subject.localPersonId is required", requiredMode = Schema.RequiredMode.REQUIRED)
        String message,

        @Schema(example = "subject.localPersonId", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        String field) {}
