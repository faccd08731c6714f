package org.crossflag.adapter.rest;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.Schema;

/** A professional to call ({@code Contact}): the name and at least one of a phone number and an email address. */
@Schema(name = "Contact", description = "Whom another force should call: a name, and a phone number or an email.")
record ContactJson(
        @Schema(
                example = "MARAC coordinator, Quarrybank",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.CONTACT_NAME_MAX_LENGTH)
        String name,

        @Schema(
                description = "A work phone number; required when there is no email.",
                example = "01632 960771 ext 4",
                maxLength = FieldRules.PHONE_MAX_LENGTH,
                pattern = FieldRules.PHONE_PATTERN)
        String phone,

        @Schema(
                description = "A work email address; required when there is no phone number.",
                example = "marac@quarrybank.police.example",
                maxLength = FieldRules.EMAIL_MAX_LENGTH,
                pattern = FieldRules.EMAIL_PATTERN)
        String email) {}
