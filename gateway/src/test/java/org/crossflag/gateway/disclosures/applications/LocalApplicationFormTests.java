package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.junit.jupiter.api.Test;

class LocalApplicationFormTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void aCaseSystemsApplicationReadsAsTheWorkspacesForm() {
        ApplicationForm.Read read = LocalApplicationForm.read("case-dvds", application(List.of("ORDERS")), TODAY);

        assertThat(read.route()).isEqualTo(DisclosureRoute.RIGHT_TO_ASK);
        assertThat(read.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(read.parties().subject().givenNames()).isEqualTo("Robert James");
        assertThat(read.parties().subject().familyName()).isEqualTo("Ashdown");
        assertThat(read.parties().personAtRisk().address()).isEqualTo("1 Example Road, CM1 1AA");
        assertThat(read.parties().applicant().kind()).isEqualTo(ApplicantKind.THIRD_PARTY);
        assertThat(read.parties().applicant().name()).isEqualTo("Joan Orton");
        assertThat(read.legalBasis()).isEqualTo(LegalBasis.COMMON_LAW_POLICING_PURPOSE);
        assertThat(read.consent().state()).isEqualTo(ConsentState.GIVEN);
        assertThat(read.categories()).containsExactly(DataCategory.ORDERS);
    }

    @Test
    void noCategoriesMeansEveryDvdsCategory() {
        ApplicationForm.Read read = LocalApplicationForm.read("case-dvds", application(List.of()), TODAY);

        assertThat(read.categories()).containsExactlyInAnyOrderElementsOf(ApplicationForm.DVDS_CATEGORIES);
    }

    @Test
    void theWorkspacesFieldErrorsComeBackWithTheirCodeAndField() {
        LocalDvdsApplication good = application(List.of());
        LocalDvdsApplication thirdPartyWithoutName = new LocalDvdsApplication(
                good.localReference(),
                good.route(),
                good.receivedOn(),
                good.personAtRisk(),
                good.subject(),
                new LocalDvdsApplication.Applicant("THIRD_PARTY", null, "PARENT", "NONE"),
                good.legalBasis(),
                good.consent(),
                null,
                good.categories(),
                good.officer());
        LocalDvdsApplication overrideWithoutReason = new LocalDvdsApplication(
                good.localReference(),
                good.route(),
                good.receivedOn(),
                good.personAtRisk(),
                good.subject(),
                good.applicant(),
                good.legalBasis(),
                ConsentState.REFUSED_OVERRIDDEN,
                null,
                good.categories(),
                good.officer());
        LocalDvdsApplication receivedTomorrow = new LocalDvdsApplication(
                good.localReference(),
                good.route(),
                TODAY.plusDays(1),
                good.personAtRisk(),
                good.subject(),
                good.applicant(),
                good.legalBasis(),
                good.consent(),
                null,
                good.categories(),
                good.officer());

        refused("case-dvds", thirdPartyWithoutName, "applicant.name", "FIELD_MISSING");
        refused("case-dvds", overrideWithoutReason, "consent.justification", "CONSENT_OVERRIDE_UNJUSTIFIED");
        refused("case-dvds", receivedTomorrow, "receivedOn", "DATE_INVALID");
        refused("case-dvds", application(List.of("HEARING_FLAG")), "categories[0]", "CATEGORY_INVALID");
        refused("Case DVDS", good, "adapterId", "SOURCE_INVALID");
    }

    private static void refused(String adapterId, LocalDvdsApplication application, String field, String code) {
        assertThatThrownBy(() -> LocalApplicationForm.read(adapterId, application, TODAY))
                .as(field)
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).doesNotContain("Ashdown").doesNotContain("Orton");
                });
    }

    static LocalDvdsApplication application(List<String> categories) {
        return new LocalDvdsApplication(
                "DVDS/2026/0042",
                DvdsRoute.RIGHT_TO_ASK,
                LocalDate.of(2026, 11, 2),
                new LocalPerson(
                        "CASE-A-1",
                        List.of("Nadia"),
                        List.of("Orton"),
                        null,
                        "1991-04-12",
                        "F",
                        "CM1 1AA",
                        "1 Example Road",
                        null,
                        null,
                        null),
                new LocalPerson(
                        "CASE-B-1",
                        List.of("Robert", "James"),
                        List.of("Ashdown"),
                        null,
                        "1986-03-07",
                        "M",
                        null,
                        null,
                        null,
                        null,
                        null),
                new LocalDvdsApplication.Applicant(
                        "THIRD_PARTY",
                        new LocalPerson(
                                "CASE-C-1",
                                List.of("Joan"),
                                List.of("Orton"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        "PARENT",
                        "NONE"),
                "COMMON_LAW_POLICING_PURPOSE",
                ConsentState.GIVEN,
                null,
                categories,
                new Contact("DVDS desk", null, null));
    }
}
