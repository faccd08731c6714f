package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.crossflag.adapter.ConsentState;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.node.RefusedRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationFormTests {

    static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    static ApplicationForm valid() {
        return new ApplicationForm(
                "RIGHT_TO_ASK",
                null,
                "2026-12-01",
                new ApplicationForm.PersonForm("Ellen", "Marsh", "1991-04-02", "4 Example Row"),
                new ApplicationForm.PersonForm("Dale Anthony", "Orton", "1988-09-14", null),
                new ApplicationForm.ApplicantForm("PERSON_AT_RISK", null, "SELF", "PARTNER"),
                "COMMON_LAW_POLICING_PURPOSE",
                new ApplicationForm.ConsentForm("GIVEN", null),
                List.of("CONVICTIONS", "INTELLIGENCE"));
    }

    @Test
    void aCompleteFormReadsIntoTypedValuesAndTheSubjectTravelsWithoutAnAddress() {
        ApplicationForm.Read read = valid().read(TODAY);

        assertThat(read.route()).isEqualTo(DisclosureRoute.RIGHT_TO_ASK);
        assertThat(read.consent().state()).isEqualTo(ConsentState.GIVEN);
        assertThat(read.categories()).containsExactly(DataCategory.CONVICTIONS, DataCategory.INTELLIGENCE);
        assertThat(read.parties().personAtRisk().address()).isEqualTo("4 Example Row");
        var subject = read.parties().subject().withoutAddress("local");
        assertThat(subject.givenNames()).containsExactly("Dale", "Anthony");
        assertThat(subject.postcode()).isNull();
        assertThat(subject.addressLine()).isNull();
        assertThat(read.parties().subject().toString()).doesNotContain("Orton");
    }

    static Stream<Arguments> badForms() {
        return Stream.of(
                bad("route", "CODE_UNKNOWN", f -> with(f, "RIGHT_TO_PEEK", f.purpose(), f.legalBasis(), f.consent())),
                bad("purpose", "CODE_UNKNOWN", f -> with(f, f.route(), "DVDS_CURIOSITY", f.legalBasis(), f.consent())),
                bad(
                        "purpose",
                        "PURPOSE_INVALID",
                        f -> with(f, f.route(), "DVDS_RIGHT_TO_KNOW", f.legalBasis(), f.consent())),
                bad("legalBasis", "LEGAL_BASIS_MISSING", f -> with(f, f.route(), null, null, f.consent())),
                bad("consent.state", "CONSENT_STATE_MISSING", f -> with(f, f.route(), null, f.legalBasis(), null)),
                bad(
                        "consent.justification",
                        "CONSENT_OVERRIDE_UNJUSTIFIED",
                        f -> with(
                                f,
                                f.route(),
                                null,
                                f.legalBasis(),
                                new ApplicationForm.ConsentForm("REFUSED_OVERRIDDEN", "short"))),
                bad(
                        "subject.dateOfBirth",
                        "DATE_INVALID",
                        f -> new ApplicationForm(
                                f.route(),
                                null,
                                f.receivedOn(),
                                f.personAtRisk(),
                                new ApplicationForm.PersonForm("Dale", "Orton", "1988-02-30", null),
                                f.applicant(),
                                f.legalBasis(),
                                f.consent(),
                                f.categories())),
                bad(
                        "receivedOn",
                        "DATE_INVALID",
                        f -> new ApplicationForm(
                                f.route(),
                                null,
                                "2026-12-08",
                                f.personAtRisk(),
                                f.subject(),
                                f.applicant(),
                                f.legalBasis(),
                                f.consent(),
                                f.categories())),
                bad(
                        "categories[1]",
                        "CATEGORY_INVALID",
                        f -> new ApplicationForm(
                                f.route(),
                                null,
                                f.receivedOn(),
                                f.personAtRisk(),
                                f.subject(),
                                f.applicant(),
                                f.legalBasis(),
                                f.consent(),
                                List.of("CONVICTIONS", "HEARING_FLAG"))),
                bad(
                        "applicant.name",
                        "FIELD_MISSING",
                        f -> new ApplicationForm(
                                f.route(),
                                null,
                                f.receivedOn(),
                                f.personAtRisk(),
                                f.subject(),
                                new ApplicationForm.ApplicantForm("THIRD_PARTY", " ", "PARENT", "NONE"),
                                f.legalBasis(),
                                f.consent(),
                                f.categories())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badForms")
    void aBadFormIsRefusedNamingItsField(String field, String reason, UnaryOperator<ApplicationForm> change) {
        assertThatThrownBy(() -> change.apply(valid()).read(TODAY))
                .isInstanceOfSatisfying(RefusedRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reasonCode()).isEqualTo(reason);
                    assertThat(e.kind()).isEqualTo(RefusedRequestException.Kind.INVALID);
                    assertThat(e.getMessage()).doesNotContain("1988-02-30");
                });
    }

    private static Arguments bad(String field, String reason, UnaryOperator<ApplicationForm> change) {
        return Arguments.of(field, reason, change);
    }

    private static ApplicationForm with(
            ApplicationForm f, String route, String purpose, String legalBasis, ApplicationForm.ConsentForm consent) {
        return new ApplicationForm(
                route,
                purpose,
                f.receivedOn(),
                f.personAtRisk(),
                f.subject(),
                f.applicant(),
                legalBasis,
                consent,
                f.categories());
    }
}
