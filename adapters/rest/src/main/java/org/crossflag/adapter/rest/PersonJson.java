package org.crossflag.adapter.rest;

import java.util.List;

import org.crossflag.adapter.FieldRules;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person as the case system records them ({@code LocalPerson}). Personal data: never logged. Every field but
 * {@code localPersonId} may be left out.
 */
@Schema(name = "Person", description = "A person as the case system records them. Only localPersonId is required.")
record PersonJson(
        @Schema(
                description = "The case system's own id for the person (not a PNC id), unique within it.",
                example = "CS-P-00417",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = FieldRules.LOCAL_PERSON_ID_MAX_LENGTH)
        String localPersonId,

        @ArraySchema(
                arraySchema = @Schema(description = "Given names in order."),
                schema = @Schema(example = "Oswin", maxLength = Fields.MAX_TEXT_LENGTH))
        List<String> givenNames,

        @ArraySchema(
                arraySchema = @Schema(description = "Family names; a double-barrelled name may be one entry or two."),
                schema = @Schema(example = "Tarrant-Bleek", maxLength = Fields.MAX_TEXT_LENGTH))
        List<String> familyNames,

        @ArraySchema(
                arraySchema = @Schema(description = "Other full names the person is known by."),
                schema = @Schema(example = "Ozzy Bleek", maxLength = Fields.MAX_TEXT_LENGTH))
        List<String> aliases,

        @Schema(
                description = "yyyy-MM-dd, or yyyy-MM or yyyy when only part is known.",
                example = "1982-06-14",
                pattern = Fields.DATE_OF_BIRTH_PATTERN)
        String dateOfBirth,

        @Schema(
                description = "F, M or X (not stated).",
                allowableValues = {"F", "M", "X"})
        String sex,

        @Schema(description = "Last known UK postcode.", example = "CO4 3ZP", maxLength = Fields.MAX_TEXT_LENGTH)
        String postcode,

        @Schema(
                description = "Last known first line of address.",
                example = "9 Quillon Terrace",
                maxLength = Fields.MAX_TEXT_LENGTH)
        String addressLine,

        @Schema(
                description = "Police National Computer id.",
                example = "84/220917R",
                maxLength = Fields.MAX_TEXT_LENGTH)
        String pncId,

        @Schema(description = "A phone number.", example = "07700 900561", maxLength = Fields.MAX_TEXT_LENGTH)
        String phone,

        @Schema(
                description = "An email address.",
                example = "oswin.tb@mail.example",
                maxLength = Fields.MAX_TEXT_LENGTH)
        String email) {

    /** Never the fields: a person's details must not reach a log line by accident. */
    @Override
    public String toString() {
        return "Person";
    }
}
