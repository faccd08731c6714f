package org.crossflag.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crossflag.gateway.policy.DataSharingPolicy.Direction;
import org.crossflag.gateway.policy.DataSharingPolicy.SharingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final String AGREEMENT = """
            agreements:
              - id: EASTERN-REGION-MARAC
                members: [GB-KNT, GB-SFK]
                messageTypes: [PriorHearingQuery, PriorHearingAnswer]
                purposes: [MARAC_SAFEGUARDING]
                dataCategories: [HEARING_FLAG, CONTACT_DETAILS]
                roles: [MARAC_COORDINATOR, INTEGRATION_SERVICE]
                consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET]
                validUntil: 2027-03-31
              - id: KENT-ALERTS-IN
                members: [GB-KNT]
                messageTypes: [CrossAreaAlert]
                directions: [RECEIVE]
                purposes: [MARAC_SAFEGUARDING]
                roles: [INTEGRATION_SERVICE]
                consentStates: [NOT_SOUGHT_THRESHOLD_MET]
            """;

    @TempDir
    Path dir;

    @Test
    void anExchangeAnAgreementCoversIsAllowedAndNamesTheAgreement() throws Exception {
        DataSharingPolicy policy = read(AGREEMENT);

        PolicyDecision decision = policy.decide(request(Direction.SEND, "GB-KNT", "PriorHearingQuery", "MARAC_SAFEGUARDING",
                "MARAC_COORDINATOR", "GIVEN", List.of("HEARING_FLAG")));

        assertThat(decision).isEqualTo(new PolicyDecision(true, null, "EASTERN-REGION-MARAC"));
    }

    @Test
    void everythingNoAgreementCoversIsDenied() throws Exception {
        DataSharingPolicy policy = read(AGREEMENT);

        assertThat(policy.decide(request(Direction.SEND, "GB-ESX", "PriorHearingQuery", "MARAC_SAFEGUARDING",
                "MARAC_COORDINATOR", "GIVEN", List.of()))).isEqualTo(new PolicyDecision(false, "NO_AGREEMENT", null));
        assertThat(policy.decide(request(Direction.SEND, "GB-KNT", "CrossAreaAlert", "MARAC_SAFEGUARDING",
                "INTEGRATION_SERVICE", "NOT_SOUGHT_THRESHOLD_MET", List.of())).reasonCode())
                .as("the Kent alert agreement is for receiving only").isEqualTo("NO_AGREEMENT");
        assertThat(DataSharingPolicy.denyAll().decide(request(Direction.RECEIVE, "GB-KNT", "PriorHearingQuery",
                "MARAC_SAFEGUARDING", "MARAC_COORDINATOR", "GIVEN", List.of())).allowed()).isFalse();
    }

    @Test
    void aCoveredExchangeOutsideTheTermsIsDeniedWithTheReason() throws Exception {
        DataSharingPolicy policy = read(AGREEMENT);

        assertThat(deny(policy, "DVDS_RIGHT_TO_ASK", "MARAC_COORDINATOR", "GIVEN", List.of("HEARING_FLAG"), TODAY))
                .isEqualTo("PURPOSE_NOT_AGREED");
        assertThat(deny(policy, "MARAC_SAFEGUARDING", "DVDS_OFFICER", "GIVEN", List.of("HEARING_FLAG"), TODAY))
                .isEqualTo("ROLE_NOT_AGREED");
        assertThat(deny(policy, "MARAC_SAFEGUARDING", "MARAC_COORDINATOR", "REFUSED_OVERRIDDEN", List.of(), TODAY))
                .isEqualTo("CONSENT_STATE_NOT_AGREED");
        assertThat(deny(policy, "MARAC_SAFEGUARDING", "MARAC_COORDINATOR", "GIVEN", List.of("OFFENCE_HISTORY"), TODAY))
                .isEqualTo("DATA_CATEGORY_NOT_AGREED");
        assertThat(deny(policy, "MARAC_SAFEGUARDING", "MARAC_COORDINATOR", "GIVEN", List.of(), LocalDate.of(2027, 4, 1)))
                .isEqualTo("AGREEMENT_EXPIRED");
    }

    @Test
    void aWildcardCoversEveryMember() throws Exception {
        DataSharingPolicy policy = read(AGREEMENT.replace("members: [GB-KNT, GB-SFK]", "members: [\"*\"]"));

        assertThat(policy.decide(request(Direction.RECEIVE, "GB-ESX", "PriorHearingQuery", "MARAC_SAFEGUARDING",
                "MARAC_COORDINATOR", "GIVEN", List.of())).allowed()).isTrue();
    }

    @Test
    void aBadFileNamesTheEntryAtFault() {
        assertThatThrownBy(() -> read(AGREEMENT.replace("purposes: [MARAC_SAFEGUARDING]\n    dataCategories",
                "purposes: [MARAC_SAFEGUARDING, GOSSIP]\n    dataCategories")))
                .hasMessageStartingWith("agreements[0].purposes[1]: GOSSIP is not one of");
        assertThatThrownBy(() -> read(AGREEMENT.replace("members: [GB-KNT]", "members: [Kent]")))
                .hasMessageStartingWith("agreements[1].members[0]: Kent is not a member code");
        assertThatThrownBy(() -> read(AGREEMENT.replace("validUntil: 2027-03-31", "validUntl: 2027-03-31")))
                .hasMessage("agreements[0].validUntl: unknown key");
        assertThatThrownBy(() -> read(AGREEMENT.replace("id: KENT-ALERTS-IN", "id: EASTERN-REGION-MARAC")))
                .hasMessageContaining("agreements[1].id: EASTERN-REGION-MARAC is used twice");
        assertThatThrownBy(() -> read("rules: []")).hasMessageContaining("agreements: missing");
        assertThatThrownBy(() -> read("agreements: [{id: A, members: [GB-KNT]}]"))
                .hasMessage("agreements[0].messageTypes: required, a non-empty list");
        assertThatThrownBy(() -> read("agreements: [ {")).hasMessageContaining("cannot be read as YAML");
    }

    @Test
    void anEmptyListOfAgreementsRefusesEverything() throws Exception {
        assertThat(read("agreements: []").decide(request(Direction.SEND, "GB-KNT", "PriorHearingQuery", "MARAC_SAFEGUARDING",
                "MARAC_COORDINATOR", "GIVEN", List.of())).reasonCode()).isEqualTo("NO_AGREEMENT");
    }

    private DataSharingPolicy read(String yaml) throws Exception {
        Path file = dir.resolve("policy.yml");
        Files.writeString(file, yaml);
        return PolicyFile.read(file);
    }

    private static String deny(DataSharingPolicy policy, String purpose, String role, String consent, List<String> categories,
                               LocalDate today) {
        PolicyDecision decision = policy.decide(new SharingRequest(Direction.SEND, "GB-KNT", "PriorHearingQuery", purpose, role,
                consent, categories, today));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.agreementId()).isEqualTo("EASTERN-REGION-MARAC");
        return decision.reasonCode();
    }

    private static SharingRequest request(Direction direction, String member, String type, String purpose, String role,
                                          String consent, List<String> categories) {
        return new SharingRequest(direction, member, type, purpose, role, consent, categories, TODAY);
    }
}
