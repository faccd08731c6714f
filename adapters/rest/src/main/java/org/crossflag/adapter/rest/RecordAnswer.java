package org.crossflag.adapter.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an event the node took.
 *
 * @param recordId  the node's id for the stored record
 * @param duplicate true when this adapter had already delivered the same reference: nothing new was stored
 */
@Schema(description = "The event was stored durably before this answer was sent.")
record RecordAnswer(
        @Schema(example = "0f8fad5b-d9cb-469f-a165-70867728950e", requiredMode = Schema.RequiredMode.REQUIRED)
        String recordId,

        @Schema(example = "false", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean duplicate) {}
