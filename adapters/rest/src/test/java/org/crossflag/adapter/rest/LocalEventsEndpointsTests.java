package org.crossflag.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.adapter.rest.TestNode.asTrustedClient;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalVictim;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.VictimRelationship;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each endpoint hands its event, mapped field by field, to the node under the configured adapter id. */
@TestNode.WithRestAdapter
class LocalEventsEndpointsTests {

    static final LocalPerson OSWIN = new LocalPerson(
            "CS-P-00417",
            List.of("Oswin", "Perceval"),
            List.of("Tarrant-Bleek"),
            List.of("Ozzy Bleek"),
            "1982-06-14",
            "M",
            "CO4 3ZP",
            "9 Quillon Terrace",
            "84/220917R",
            "07700 900561",
            "oswin.tb@mail.example");

    static final List<LocalVictim> VICTIMS = List.of(
            new LocalVictim(
                    new LocalPerson(
                            "CS-P-00931",
                            List.of("Honoria"),
                            List.of("Pellinore"),
                            List.of(),
                            "1987-02-19",
                            "F",
                            "CO4 9XQ",
                            null,
                            null,
                            null,
                            null),
                    VictimRelationship.EX_PARTNER,
                    PersonRole.BOTH),
            new LocalVictim(
                    new LocalPerson(
                            "CS-P-00932",
                            List.of("Gwendolyn"),
                            List.of(),
                            List.of("Gwen Achterberg"),
                            "1958",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null),
                    VictimRelationship.CHILD_TO_PARENT,
                    PersonRole.VICTIM));

    static final Contact COORDINATOR =
            new Contact("MARAC coordinator, Quarrybank", "01632 960771 ext 4", "marac@quarrybank.police.example");

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingSink sink;

    @BeforeEach
    void freshNode() {
        sink.reset();
    }

    @Test
    void aHearingIsStoredAsTheNodesLocalHearing() throws Exception {
        send("hearings", Bodies.hearing())
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.recordId").value("00000000-0000-4000-8000-000000000001"))
                .andExpect(jsonPath("$.duplicate").value(false));

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("hearingHeld");
        assertThat(call.adapterId()).isEqualTo(TestNode.ADAPTER_ID);
        assertThat(call.record())
                .isEqualTo(new LocalHearing(
                        "MARAC-QRB-2026-0412",
                        Forum.MARAC,
                        LocalDate.of(2026, 3, 12),
                        OSWIN,
                        COORDINATOR,
                        new RiskScore("DASH", "2009", "17")));
    }

    @Test
    void theSameReferenceAgainIsADuplicateAnswered200() throws Exception {
        send("hearings", Bodies.hearing()).andExpect(status().isCreated());

        send("hearings", Bodies.hearing())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordId").value("00000000-0000-4000-8000-000000000001"))
                .andExpect(jsonPath("$.duplicate").value(true));
        assertThat(sink.calls()).hasSize(2);
    }

    @Test
    void aReferralIsStoredAsTheNodesLocalReferral() throws Exception {
        send("referrals", Bodies.referral())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicate").value(false));

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("referralReceived");
        assertThat(call.adapterId()).isEqualTo(TestNode.ADAPTER_ID);
        assertThat(call.record())
                .isEqualTo(new LocalReferral(
                        "MARAC-QRB-2026-1187", Forum.DAPP, LocalDate.of(2026, 4, 2), OSWIN, COORDINATOR));
    }

    @Test
    void aPersonRecordIsStoredAsTheNodesLocalPersonRecord() throws Exception {
        send("person-records", Bodies.personRecord()).andExpect(status().isCreated());

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("personRecordHeld");
        assertThat(call.record())
                .isEqualTo(new LocalPersonRecord(
                        "CR/2019/0042",
                        OSWIN,
                        RecordKind.CONVICTION,
                        LocalDate.of(2019, 11, 4),
                        LocalDate.of(2027, 11, 3),
                        "Assault by beating, 12 weeks' custody"));
    }

    @Test
    void aDvdsApplicationIsStoredAsTheNodesLocalDvdsApplication() throws Exception {
        send("dvds-applications", Bodies.dvdsApplication()).andExpect(status().isCreated());

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("dvdsApplicationReceived");
        assertThat(call.record())
                .isEqualTo(new LocalDvdsApplication(
                        "DVDS-QRB-2026-0077",
                        DvdsRoute.RIGHT_TO_ASK,
                        LocalDate.of(2026, 4, 15),
                        person("CS-P-00921", List.of("Marisol"), List.of("Quenby"), "1991-09"),
                        OSWIN,
                        new LocalDvdsApplication.Applicant(
                                "THIRD_PARTY",
                                person("CS-P-00922", List.of("Thaddeus"), List.of("Wolvercote"), null),
                                "PARENT",
                                "NONE"),
                        "COMMON_LAW_POLICING_PURPOSE",
                        ConsentState.REFUSED_OVERRIDDEN,
                        "Risk of serious harm.\nConsent refused on 14 April.",
                        List.of("OFFENCE_HISTORY", "ORDERS"),
                        new Contact("DVDS desk, Quarrybank", null, "dvds@quarrybank.police.example")));
    }

    @Test
    void aCircumstanceChangeIsStoredAsTheNodesLocalCircumstanceChange() throws Exception {
        send("circumstance-changes", Bodies.circumstanceChange()).andExpect(status().isCreated());

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("circumstanceChangeNotified");
        assertThat(call.record())
                .isEqualTo(new LocalCircumstanceChange(
                        "SPO-QRB-2026-0031-N2",
                        CircumstanceChangeKind.NEW_PARTNER,
                        ProtectionOrderType.SPO,
                        "SPO-QRB-2026-0031",
                        "GB-QRB",
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 3),
                        OSWIN,
                        person("CS-P-01200", List.of("Ingrid", "Solveig"), List.of("Marchetti-Yoon"), null),
                        null,
                        new Contact("Offender manager, Quarrybank", "01632 960772", null)));
    }

    @Test
    void aCorrectionHandsTheWholeCorrectedHearingAndItsDateToTheNode() throws Exception {
        send("corrections", Bodies.correction()).andExpect(status().isCreated());

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("hearingCorrected");
        assertThat(call.adapterId()).isEqualTo(TestNode.ADAPTER_ID);
        assertThat(call.record())
                .isEqualTo(new LocalHearing(
                        "MARAC-QRB-2026-0412",
                        Forum.MARAC,
                        LocalDate.of(2026, 3, 13),
                        OSWIN,
                        COORDINATOR,
                        new RiskScore("DASH", "2009", "17")));
        assertThat(call.date()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void aWithdrawalIsStoredAsTheNodesLocalWithdrawal() throws Exception {
        send("withdrawals", Bodies.withdrawal()).andExpect(status().isCreated());

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("recordWithdrawn");
        assertThat(call.record())
                .isEqualTo(
                        new LocalWithdrawal(LocalRecordType.HEARING, "MARAC-QRB-2026-0412", LocalDate.of(2026, 5, 20)));
    }

    @Test
    void optionalFieldsMayBeLeftOutAndTextIsTrimmed() throws Exception {
        ObjectNode body = Bodies.hearing();
        body.remove("score");
        ObjectNode subject = Bodies.JSON.createObjectNode().put("localPersonId", "  CS-P-00417 ");
        subject.putArray("givenNames").add(" Oswin ");
        subject.put("dateOfBirth", "1982");
        subject.put("postcode", "   ");
        body.set("subject", subject);
        Bodies.with(body, "coordinator.email", null);

        send("hearings", body).andExpect(status().isCreated());

        LocalHearing hearing = (LocalHearing) sink.onlyCall().record();
        assertThat(hearing.score()).isNull();
        assertThat(hearing.subject()).isEqualTo(person("CS-P-00417", List.of("Oswin"), List.of(), "1982"));
        assertThat(hearing.coordinator()).isEqualTo(new Contact(COORDINATOR.name(), COORDINATOR.phone(), null));
    }

    @Test
    void aHearingCarriesItsVictimsTheirRelationshipsAndRolesTheSubjectsRoleAndTheAbuseType() throws Exception {
        send("hearings", Bodies.withHarm(Bodies.hearing())).andExpect(status().isCreated());

        RecordingSink.Call call = sink.onlyCall();
        assertThat(call.method()).isEqualTo("hearingHeld");
        assertThat(call.record())
                .isEqualTo(new LocalHearing(
                                "MARAC-QRB-2026-0412",
                                Forum.MARAC,
                                LocalDate.of(2026, 3, 12),
                                OSWIN,
                                COORDINATOR,
                                new RiskScore("DASH", "2009", "17"))
                        .withHarm(PersonRole.BOTH, AbuseType.DOMESTIC_ABUSE, VICTIMS));
    }

    @Test
    void aReferralAndACorrectionCarryTheirVictimsToo() throws Exception {
        send("referrals", Bodies.withHarm(Bodies.referral())).andExpect(status().isCreated());
        send("corrections", Bodies.withHarm(Bodies.correction())).andExpect(status().isCreated());

        LocalReferral referral = (LocalReferral) sink.calls().get(0).record();
        assertThat(referral.victims()).isEqualTo(VICTIMS);
        assertThat(referral.subjectRole()).isEqualTo(PersonRole.BOTH);
        assertThat(referral.subjectRole()).as("a counter-allegation").isEqualTo(org.crossflag.adapter.PersonRole.BOTH);
        assertThat(referral.abuseType()).isEqualTo(AbuseType.DOMESTIC_ABUSE);
        LocalHearing corrected = (LocalHearing) sink.calls().get(1).record();
        assertThat(sink.calls().get(1).method()).isEqualTo("hearingCorrected");
        assertThat(corrected.victims()).isEqualTo(VICTIMS);
        assertThat(corrected.abuseType()).isEqualTo(AbuseType.DOMESTIC_ABUSE);
    }

    @Test
    void withoutTheHarmFieldsTheSubjectIsThePerpetratorAndNoVictimIsRecorded() throws Exception {
        ObjectNode body = Bodies.hearing();
        body.putArray("victims");
        body.put("abuseType", " ");

        send("hearings", body).andExpect(status().isCreated());

        LocalHearing hearing = (LocalHearing) sink.onlyCall().record();
        assertThat(hearing.subjectRole()).isEqualTo(PersonRole.PERPETRATOR);
        assertThat(hearing.abuseType()).isNull();
        assertThat(hearing.victims()).isEmpty();
    }

    @Test
    void eightVictimsAreTakenEachIdentifiedByAFamilyNameAnAliasOrAPncId() throws Exception {
        ObjectNode body = Bodies.hearing();
        ArrayNode victims = body.putArray("victims");
        for (int i = 0; i < EventMapper.MAX_VICTIMS; i++) {
            ObjectNode person = Bodies.JSON.createObjectNode().put("localPersonId", "CS-P-0095" + i);
            switch (i % 3) {
                case 0 -> person.putArray("familyNames").add("Pellinore");
                case 1 -> person.putArray("aliases").add("Nell Pellinore");
                default -> person.put("pncId", "91/00217" + i + "K");
            }
            victims.addObject().put("relationship", "OTHER").set("person", person);
        }

        send("hearings", body).andExpect(status().isCreated());

        LocalHearing hearing = (LocalHearing) sink.onlyCall().record();
        assertThat(hearing.victims()).hasSize(EventMapper.MAX_VICTIMS);
        assertThat(hearing.victims())
                .allSatisfy(victim -> assertThat(victim.role()).isEqualTo(PersonRole.VICTIM))
                .extracting(victim -> victim.person().localPersonId())
                .startsWith("CS-P-00950", "CS-P-00951");
    }

    @Test
    void aCharsetOfUtf8IsAccepted() throws Exception {
        mvc.perform(post(LocalEventsController.BASE_PATH + "/withdrawals")
                        .with(asTrustedClient())
                        .contentType("application/json; charset=UTF-8")
                        .content(Bodies.text(Bodies.withdrawal())))
                .andExpect(status().isCreated());
    }

    static LocalPerson person(String id, List<String> given, List<String> family, String dateOfBirth) {
        return new LocalPerson(id, given, family, List.of(), dateOfBirth, null, null, null, null, null, null);
    }

    ResultActions send(String path, ObjectNode body) throws Exception {
        return mvc.perform(post(LocalEventsController.BASE_PATH + "/" + path)
                .with(asTrustedClient())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Bodies.text(body)));
    }
}
