package org.crossflag.gateway.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.FieldRules;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalVictim;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.VictimRelationship;

/**
 * The JSON bodies the officers' API accepts. Validation messages name fields, never values. Lengths come from
 * {@link FieldRules}; the forms (references, phones, emails) are checked by the node at ingest, like any adapter's.
 */
final class ApiRequests {

    private ApiRequests() {}

    record Person(
            @NotBlank @Size(max = FieldRules.LOCAL_PERSON_ID_MAX_LENGTH)
            String personId,

            @Size(max = 8) List<@Size(max = 60) String> givenNames,
            @Size(max = 4) List<@Size(max = 80) String> familyNames,
            @Size(max = 8) List<@Size(max = 120) String> aliases,

            @Pattern(regexp = "^$|^\\d{4}(-\\d{2}(-\\d{2})?)?$", message = "must be yyyy-MM-dd, yyyy-MM or yyyy")
            @PossibleDate
            String dateOfBirth,

            @Pattern(regexp = "^$|^[FMXfmx]$", message = "must be F, M or X")
            String sex,

            @Size(max = 10) String postcode,
            @Size(max = 120) String addressLine,

            @Pattern(regexp = "^$|^\\d{2}/\\d{1,7}[A-Z]$", message = "must be a PNC id such as 12/345678A")
            String pncId,

            @Size(max = 30) String phone,
            @Size(max = 120) String email) {

        LocalPerson toLocal() {
            return new LocalPerson(
                    personId,
                    givenNames,
                    familyNames,
                    aliases,
                    blankToNull(dateOfBirth),
                    blankToNull(sex),
                    blankToNull(postcode),
                    blankToNull(addressLine),
                    blankToNull(pncId),
                    blankToNull(phone),
                    blankToNull(email));
        }
    }

    record ContactBody(
            @NotBlank @Size(max = FieldRules.CONTACT_NAME_MAX_LENGTH)
            String name,

            @Size(max = FieldRules.PHONE_MAX_LENGTH) String phone,
            @Size(max = FieldRules.EMAIL_MAX_LENGTH) String email) {
        Contact toContact() {
            return new Contact(name, blankToNull(phone), blankToNull(email));
        }
    }

    record Score(
            @NotBlank @Size(max = FieldRules.SCORE_PART_MAX_LENGTH)
            String tool,

            @NotBlank @Size(max = FieldRules.SCORE_PART_MAX_LENGTH)
            String version,

            @NotBlank @Size(max = FieldRules.SCORE_PART_MAX_LENGTH)
            String value) {
        RiskScore toScore() {
            return new RiskScore(tool, version, value);
        }
    }

    record HearingRequest(
            @NotBlank @Size(max = FieldRules.REFERENCE_MAX_LENGTH)
            String reference,

            @NotNull Forum forum,
            @NotNull LocalDate heardOn,
            @NotNull @Valid Person person,
            @NotNull @Valid ContactBody coordinator,
            @Valid Score score,
            PersonRole subjectRole,
            AbuseType abuseType,
            @Size(max = 8) List<@NotNull @Valid Victim> victims) {

        LocalHearing toLocal() {
            return new LocalHearing(
                    reference,
                    forum,
                    heardOn,
                    person.toLocal(),
                    coordinator.toContact(),
                    score == null ? null : score.toScore(),
                    subjectRole,
                    abuseType,
                    Victim.toLocal(victims));
        }
    }

    /** A person harmed, with their relationship to the subject; role VICTIM unless BOTH is stated. */
    record Victim(@NotNull @Valid Person person, @NotNull VictimRelationship relationship, PersonRole role) {

        static List<LocalVictim> toLocal(List<Victim> victims) {
            return victims == null
                    ? List.of()
                    : victims.stream()
                            .map(v -> new LocalVictim(v.person().toLocal(), v.relationship(), v.role()))
                            .toList();
        }
    }

    record Consent(
            @NotNull
            @Pattern(
                    regexp = "^(GIVEN|NOT_SOUGHT_THRESHOLD_MET|REFUSED_OVERRIDDEN)$",
                    message = "must be GIVEN, NOT_SOUGHT_THRESHOLD_MET or REFUSED_OVERRIDDEN")
            String state,

            @Size(max = FieldRules.CONSENT_JUSTIFICATION_MAX_LENGTH)
            String justification) {}

    record ReferralRequest(
            @NotBlank @Size(max = FieldRules.REFERENCE_MAX_LENGTH)
            String reference,

            @NotNull Forum forum,
            @NotNull LocalDate referredOn,
            @NotNull @Valid Person person,
            @NotNull @Valid ContactBody coordinator,
            @Valid Consent consent,
            PersonRole subjectRole,
            AbuseType abuseType,
            @Size(max = 8) List<@NotNull @Valid Victim> victims) {

        LocalReferral toLocal() {
            return new LocalReferral(
                    reference,
                    forum,
                    referredOn,
                    person.toLocal(),
                    coordinator.toContact(),
                    subjectRole,
                    abuseType,
                    Victim.toLocal(victims));
        }
    }

    record Acknowledgement(
            @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]{2,39}$", message = "must be an upper-case action code")
            String actionCode,

            @Size(max = 2000) String note) {}

    record Review(
            @NotNull
            @Pattern(regexp = "^(SAME_PERSON|NOT_SAME_PERSON)$", message = "must be SAME_PERSON or NOT_SAME_PERSON")
            String decision) {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
