package org.crossflag.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.policy.DataSharingPolicy.Direction;
import org.crossflag.gateway.policy.DataSharingPolicy.SharingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
                legalBases: [CRIME_AND_DISORDER_ACT_1998_S115, COMMON_LAW_POLICING_PURPOSE]
              - id: KENT-ALERTS-IN
                members: [GB-KNT]
                messageTypes: [CrossAreaAlert]
                directions: [RECEIVE]
                purposes: [MARAC_SAFEGUARDING]
                roles: [INTEGRATION_SERVICE]
                consentStates: [NOT_SOUGHT_THRESHOLD_MET]
                legalBases: [CRIME_AND_DISORDER_ACT_1998_S115]
            """;

    @TempDir
    Path dir;

    @Test
    void anExchangeAnAgreementCoversIsAllowedAndNamesTheAgreement() throws Exception {
        DataSharingPolicy policy = read(AGREEMENT);

        PolicyDecision decision = policy.decide(request(
                Direction.SEND,
                "GB-KNT",
                "PriorHearingQuery",
                "MARAC_SAFEGUARDING",
                "MARAC_COORDINATOR",
                "GIVEN",
                List.of("HEARING_FLAG")));

        assertThat(decision).isEqualTo(new PolicyDecision(true, null, "EASTERN-REGION-MARAC"));
    }

    @Test
    void everythingNoAgreementCoversIsDenied() throws Exception {
        DataSharingPolicy policy = read(AGREEMENT);

        assertThat(policy.decide(request(
                        Direction.SEND,
                        "GB-ESX",
                        "PriorHearingQuery",
                        "MARAC_SAFEGUARDING",
                        "MARAC_COORDINATOR",
                        "GIVEN",
                        List.of())))
                .isEqualTo(new PolicyDecision(false, PolicyReason.NO_AGREEMENT, null));
        assertThat(policy.decide(request(
                                Direction.SEND,
                                "GB-KNT",
                                "CrossAreaAlert",
                                "MARAC_SAFEGUARDING",
                                "INTEGRATION_SERVICE",
                                "NOT_SOUGHT_THRESHOLD_MET",
                                List.of()))
                        .reasonCode())
                .as("the Kent alert agreement is for receiving only")
                .isEqualTo("NO_AGREEMENT");
        assertThat(DataSharingPolicy.denyAll()
                        .decide(request(
                                Direction.RECEIVE,
                                "GB-KNT",
                                "PriorHearingQuery",
                                "MARAC_SAFEGUARDING",
                                "MARAC_COORDINATOR",
                                "GIVEN",
                                List.of()))
                        .allowed())
                .isFalse();
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
        assertThat(deny(
                        policy,
                        "MARAC_SAFEGUARDING",
                        "MARAC_COORDINATOR",
                        "GIVEN",
                        List.of(),
                        LocalDate.of(2027, 4, 1)))
                .isEqualTo("AGREEMENT_EXPIRED");
    }

    @Test
    void aWildcardCoversEveryMember() throws Exception {
        DataSharingPolicy policy = read(AGREEMENT.replace("members: [GB-KNT, GB-SFK]", "members: [\"*\"]"));

        assertThat(policy.decide(request(
                                Direction.RECEIVE,
                                "GB-ESX",
                                "PriorHearingQuery",
                                "MARAC_SAFEGUARDING",
                                "MARAC_COORDINATOR",
                                "GIVEN",
                                List.of()))
                        .allowed())
                .isTrue();
    }

    @Test
    void aBadFileNamesTheEntryAtFault() {
        assertThatThrownBy(() -> read(AGREEMENT.replace(
                        "purposes: [MARAC_SAFEGUARDING]\n    dataCategories",
                        "purposes: [MARAC_SAFEGUARDING, GOSSIP]\n    dataCategories")))
                .hasMessageStartingWith(file() + " line 5: agreements[0].purposes[1]: GOSSIP is not a purpose, one of");
        assertThatThrownBy(() -> read(AGREEMENT.replace("members: [GB-KNT]", "members: [Kent]")))
                .hasMessageStartingWith(file() + " line 12: agreements[1].members[0]: Kent is not a member code");
        assertThatThrownBy(() -> read(AGREEMENT.replace("validUntil: 2027-03-31", "validUntl: 2027-03-31")))
                .hasMessage(file() + " line 9: agreements[0].validUntl: unknown key");
        assertThatThrownBy(() -> read(AGREEMENT.replace("id: KENT-ALERTS-IN", "id: EASTERN-REGION-MARAC")))
                .hasMessageContaining("agreements[1].id: EASTERN-REGION-MARAC is used twice");
        assertThatThrownBy(() -> read("rules: []")).hasMessageContaining("agreements: missing");
        assertThatThrownBy(() -> read("agreements: [{id: A, members: [GB-KNT]}]"))
                .hasMessage(file() + " line 1: agreements[0].messageTypes: required, a non-empty list");
        assertThatThrownBy(() -> read("agreements: [ {")).hasMessageContaining("cannot be read as YAML");
    }

    @Test
    void anEmptyListOfAgreementsRefusesEverything() throws Exception {
        assertThat(read("agreements: []")
                        .decide(request(
                                Direction.SEND,
                                "GB-KNT",
                                "PriorHearingQuery",
                                "MARAC_SAFEGUARDING",
                                "MARAC_COORDINATOR",
                                "GIVEN",
                                List.of()))
                        .reasonCode())
                .isEqualTo("NO_AGREEMENT");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "messageTypes: [PriorHearingQuery, PriorHearingAnswer] | messageTypes: [PriorHearingQuery, Gossip]"
                        + " | agreements[0].messageTypes[1] | Gossip | message type an agreement covers | 4",
                "messageTypes: [CrossAreaAlert] | messageTypes: [Refusal]"
                        + " | agreements[1].messageTypes[0] | Refusal | message type an agreement covers | 13",
                "directions: [RECEIVE] | directions: [INBOUND] | agreements[1].directions[0] | INBOUND | direction"
                        + " | 14",
                "purposes: [MARAC_SAFEGUARDING]\\n    roles | purposes: [GOSSIP]\\n    roles"
                        + " | agreements[1].purposes[0] | GOSSIP | purpose | 15",
                "dataCategories: [HEARING_FLAG, CONTACT_DETAILS] | dataCategories: [HEARING_FLAG, SHOE_SIZE]"
                        + " | agreements[0].dataCategories[1] | SHOE_SIZE | data category | 6",
                "roles: [INTEGRATION_SERVICE] | roles: [CHIEF_CONSTABLE] | agreements[1].roles[0] | CHIEF_CONSTABLE"
                        + " | requester role | 16",
                "roles: [INTEGRATION_SERVICE] | roles: [42] | agreements[1].roles[0] | 42 | requester role | 16",
                "consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET] | consentStates: [GIVEN, ASSUMED]"
                        + " | agreements[0].consentStates[1] | ASSUMED | consent state | 8",
                "consentStates: [NOT_SOUGHT_THRESHOLD_MET] | consentStates: [not_sought_threshold_met]"
                        + " | agreements[1].consentStates[0] | not_sought_threshold_met | consent state | 17",
                "members: [GB-KNT] | members: [Kent] | agreements[1].members[0] | Kent | member code or * | 12",
                "legalBases: [CRIME_AND_DISORDER_ACT_1998_S115] | legalBases: [GDPR_ARTICLE_6]"
                        + " | agreements[1].legalBases[0] | GDPR_ARTICLE_6 | legal basis | 18",
            })
    void aBadCodeIsNamedWithTheFileTheLineTheEntryAndTheValueAndNothingIsLoaded(
            String good, String bad, String entry, String value, String vocabulary, int line) {
        String yaml = AGREEMENT.replace(good.replace("\\n", "\n"), bad.replace("\\n", "\n"));
        assertThat(yaml).as("the fixture has the entry to spoil").isNotEqualTo(AGREEMENT);

        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(PolicyFile.InvalidPolicyException.class, e -> {
                    assertThat(e.file()).isEqualTo(file());
                    assertThat(e.entry()).isEqualTo(entry);
                    assertThat(e.value()).isEqualTo(value);
                    assertThat(e.reasonCode()).isEqualTo("POLICY_FILE_INVALID");
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessageStartingWith(
                        file() + " line " + line + ": " + entry + ": " + value + " is not a " + vocabulary);
    }

    @Test
    void aBadCodeMessageListsTheCodesAllowedThere() {
        assertThatThrownBy(() -> read(AGREEMENT.replace("roles: [INTEGRATION_SERVICE]", "roles: [CHIEF_CONSTABLE]")))
                .hasMessageEndingWith(
                        "CHIEF_CONSTABLE is not a requester role, one of [MARAC_COORDINATOR, "
                                + "PANEL_COORDINATOR, DVDS_OFFICER, SAFEGUARDING_OFFICER, OFFENDER_MANAGER, INTEGRATION_SERVICE]");
        assertThatThrownBy(() -> read(AGREEMENT.replace("messageTypes: [CrossAreaAlert]", "messageTypes: [Refusal]")))
                .message()
                .doesNotContain("Refusal,")
                .doesNotContain("Refusal]")
                .contains("CrossAreaAlert");
    }

    @Test
    void aBadDateIsNamedWithItsValue() {
        assertThatThrownBy(() -> read(AGREEMENT.replace("validUntil: 2027-03-31", "validUntil: next-march")))
                .isInstanceOfSatisfying(PolicyFile.InvalidPolicyException.class, e -> {
                    assertThat(e.entry()).isEqualTo("agreements[0].validUntil");
                    assertThat(e.value()).isEqualTo("next-march");
                })
                .hasMessage(file() + " line 9: agreements[0].validUntil: next-march is not a date such as 2027-03-31");
    }

    @Test
    void theFileIsReadIntoTheFederationsCodes() throws Exception {
        SharingAgreement eastern = read(AGREEMENT).agreements().get(0);

        assertThat(eastern.messageTypes())
                .containsExactlyInAnyOrder(MessageType.PRIOR_HEARING_QUERY, MessageType.PRIOR_HEARING_ANSWER);
        assertThat(eastern.purposes()).containsExactly(Purpose.MARAC_SAFEGUARDING);
        assertThat(eastern.dataCategories())
                .containsExactlyInAnyOrder(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS);
        assertThat(eastern.roles())
                .containsExactlyInAnyOrder(RequesterRole.MARAC_COORDINATOR, RequesterRole.INTEGRATION_SERVICE);
        assertThat(eastern.consentStates())
                .containsExactlyInAnyOrder(ConsentState.GIVEN, ConsentState.NOT_SOUGHT_THRESHOLD_MET);
        assertThat(eastern.directions()).containsExactlyInAnyOrder(Direction.SEND, Direction.RECEIVE);
    }

    private DataSharingPolicy read(String yaml) throws Exception {
        Files.writeString(file(), yaml);
        return PolicyFile.read(file());
    }

    private Path file() {
        return dir.resolve("policy.yml");
    }

    private static String deny(
            DataSharingPolicy policy,
            String purpose,
            String role,
            String consent,
            List<String> categories,
            LocalDate today) {
        PolicyDecision decision = policy.decide(new SharingRequest(
                Direction.SEND,
                "GB-KNT",
                MessageType.PRIOR_HEARING_QUERY,
                Purpose.fromWire(purpose),
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                RequesterRole.fromWire(role),
                ConsentState.fromWire(consent),
                false,
                categories(categories),
                today));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.agreementId()).isEqualTo("EASTERN-REGION-MARAC");
        return decision.reasonCode();
    }

    private static SharingRequest request(
            Direction direction,
            String member,
            String type,
            String purpose,
            String role,
            String consent,
            List<String> categories) {
        return new SharingRequest(
                direction,
                member,
                MessageType.fromWire(type),
                Purpose.fromWire(purpose),
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                RequesterRole.fromWire(role),
                ConsentState.fromWire(consent),
                false,
                categories(categories),
                TODAY);
    }

    private static List<DataCategory> categories(List<String> codes) {
        return codes.stream().map(DataCategory::fromWire).toList();
    }
}
