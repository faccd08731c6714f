package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalEventType;
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
import org.crossflag.adapter.VictimRelationship;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The endpoint as a records system meets it: real SOAP envelopes from fixture files, posted by {@code curl} to a
 * web application that publishes the adapter, each authenticated with the authorities the test chooses.
 */
@SpringBootTest(
        classes = SoapTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "crossflag.adapters.rms-soap.enabled=true",
            "crossflag.adapters.rms-soap.adapter-id=essex-rms",
            "crossflag.adapters.rms-soap.max-body-size=16KB"
        })
class RecordsSystemEventsEndpointTests {

    static final Path EVENTS = Path.of("src/test/resources/soap/events");
    static final Path REFUSED = Path.of("src/test/resources/soap/refused");

    /** The victims in the fixtures with victims. */
    static final LocalVictim THISTLEWOOD = new LocalVictim(
            new LocalPerson(
                    "RMS-P-300588",
                    List.of("Ambrose"),
                    List.of("Thistlewood"),
                    List.of(),
                    "1981-07-23",
                    "M",
                    "CM3 4ZY",
                    null,
                    null,
                    null,
                    null),
            VictimRelationship.EX_PARTNER,
            PersonRole.BOTH);

    static final LocalVictim BRACKWATER = new LocalVictim(
            new LocalPerson(
                    "RMS-P-300589",
                    List.of("Ottilie"),
                    List.of(),
                    List.of("Tilly Brackwater"),
                    "1962-05",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
            VictimRelationship.OTHER_FAMILY,
            PersonRole.VICTIM);

    @LocalServerPort
    int port;

    @Autowired
    RecordingSink sink;

    @BeforeEach
    void emptySink() {
        sink.clear();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/local/soap/records-system-events";
    }

    SoapAnswers post(Path fixture, String operation, LocalEventType... allowed) throws Exception {
        Curl.Answer answer =
                Curl.postSoap(url(), fixture, "urn:crossflag:records-system:v1:" + operation, authorities(allowed));
        SoapAnswers read = SoapAnswers.read(answer.body());
        assertThat(answer.status()).as("HTTP status of " + answer.body()).isEqualTo(read.isFault() ? 500 : 200);
        return read;
    }

    static String authorities(LocalEventType... allowed) {
        StringBuilder header = new StringBuilder(SoapTestApplication.AUTHORITIES_HEADER + ": ");
        for (LocalEventType event : allowed) {
            header.append(event.authority()).append(',');
        }
        return header.toString();
    }

    @Test
    void curlPostingAHearingFromAFixtureGetsTheRecordIdAndTheNodeHasTheMappedHearing() throws Exception {
        SoapAnswers answer =
                post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded", LocalEventType.HEARING_RECORDED);

        assertThat(answer.isFault()).isFalse();
        assertThat(answer.recordId()).isNotBlank();
        assertThat(answer.duplicate()).isFalse();
        LocalHearing hearing = sink.only(LocalHearing.class);
        assertThat(sink.calls()).containsExactly("hearing:essex-rms/MARAC-ESX-2026-0412");
        assertThat(hearing.forum()).isEqualTo(Forum.MARAC);
        assertThat(hearing.heardOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(hearing.subject().localPersonId()).isEqualTo("RMS-P-300417");
        assertThat(hearing.subject().givenNames()).containsExactly("Perpetua", "Anwen");
        assertThat(hearing.subject().familyNames()).containsExactly("Quillfeather");
        assertThat(hearing.subject().dateOfBirth()).isEqualTo("1984-03");
        assertThat(hearing.subject().pncId()).isEqualTo("11/204518Q");
        assertThat(hearing.coordinator().name()).isEqualTo("MARAC coordinator, Chelmsford");
        assertThat(hearing.score().tool()).isEqualTo("DASH");
        assertThat(hearing.score().value()).isEqualTo("17");
    }

    @Test
    void theSameReferenceSentAgainIsADuplicateWithTheSameRecordId() throws Exception {
        SoapAnswers first =
                post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded", LocalEventType.HEARING_RECORDED);
        SoapAnswers again =
                post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded", LocalEventType.HEARING_RECORDED);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.recordId()).isEqualTo(first.recordId());
        assertThat(sink.stored()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "referral-received.xml, ReferralReceived, REFERRAL_RECEIVED, referral",
        "person-record-held.xml, PersonRecordHeld, PERSON_RECORD_HELD, personRecord",
        "dvds-application-received.xml, DvdsApplicationReceived, DVDS_APPLICATION_RECEIVED, dvdsApplication",
        "circumstance-change-notified.xml, CircumstanceChangeNotified, CIRCUMSTANCE_CHANGE_NOTIFIED, "
                + "circumstanceChange",
        "record-corrected.xml, RecordCorrected, RECORD_CORRECTED, correction",
        "record-withdrawn.xml, RecordWithdrawn, RECORD_WITHDRAWN, withdrawal"
    })
    void everyEventIsAnsweredWithTheRecordIdItWasStoredUnder(
            String fixture, String operation, LocalEventType event, String stored) throws Exception {
        SoapAnswers answer = post(EVENTS.resolve(fixture), operation, event);

        assertThat(answer.isFault()).as(answer.reasonCode()).isFalse();
        assertThat(answer.recordId()).isNotBlank();
        assertThat(sink.calls()).singleElement().asString().startsWith(stored + ":essex-rms/");
    }

    @Test
    void eachEventArrivesAsTheAdapterApiRecord() throws Exception {
        post(EVENTS.resolve("referral-received.xml"), "ReferralReceived", LocalEventType.REFERRAL_RECEIVED);
        post(EVENTS.resolve("person-record-held.xml"), "PersonRecordHeld", LocalEventType.PERSON_RECORD_HELD);
        post(
                EVENTS.resolve("dvds-application-received.xml"),
                "DvdsApplicationReceived",
                LocalEventType.DVDS_APPLICATION_RECEIVED);
        post(
                EVENTS.resolve("circumstance-change-notified.xml"),
                "CircumstanceChangeNotified",
                LocalEventType.CIRCUMSTANCE_CHANGE_NOTIFIED);
        post(EVENTS.resolve("record-corrected.xml"), "RecordCorrected", LocalEventType.RECORD_CORRECTED);
        post(EVENTS.resolve("record-withdrawn.xml"), "RecordWithdrawn", LocalEventType.RECORD_WITHDRAWN);

        assertThat(sink.only(LocalReferral.class).referredOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        LocalPersonRecord record = sink.only(LocalPersonRecord.class);
        assertThat(record.kind()).isEqualTo(RecordKind.CONVICTION);
        assertThat(record.endsOn()).isEqualTo(LocalDate.of(2020, 5, 13));
        assertThat(record.summary()).isEqualTo("Assault by beating, 12 weeks' custody suspended");
        LocalDvdsApplication application = sink.only(LocalDvdsApplication.class);
        assertThat(application.route()).isEqualTo(DvdsRoute.RIGHT_TO_ASK);
        assertThat(application.consent()).isEqualTo(ConsentState.GIVEN);
        assertThat(application.categories()).containsExactly("CONVICTIONS", "ORDERS");
        assertThat(application.applicant().kind()).isEqualTo("THIRD_PARTY");
        assertThat(application.applicant().person().localPersonId()).isEqualTo("RMS-P-300991");
        assertThat(application.personAtRisk().familyNames()).containsExactly("Brackenridge");
        LocalCircumstanceChange change = sink.only(LocalCircumstanceChange.class);
        assertThat(change.kind()).isEqualTo(CircumstanceChangeKind.NEW_ADDRESS);
        assertThat(change.orderType()).isEqualTo(ProtectionOrderType.DAPO);
        assertThat(change.orderHeldBy()).isNull();
        RecordingSink.Corrected corrected = sink.only(RecordingSink.Corrected.class);
        assertThat(corrected.correctedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(corrected.hearing().heardOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(sink.only(LocalWithdrawal.class))
                .isEqualTo(
                        new LocalWithdrawal(LocalRecordType.HEARING, "MARAC-ESX-2026-0412", LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aCallerWithoutTheEventsAuthorityIsRefusedAndNothingReachesTheNode() throws Exception {
        SoapAnswers withAnother =
                post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded", LocalEventType.REFERRAL_RECEIVED);
        SoapAnswers withNone = post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded");

        for (SoapAnswers answer : List.of(withAnother, withNone)) {
            assertThat(answer.isFault()).isTrue();
            assertThat(answer.reasonCode()).isEqualTo("EVENT_NOT_ALLOWED");
            assertThat(answer.message()).contains("HEARING_RECORDED");
        }
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "subject-without-id.xml, FIELD_MISSING, hearing/subject/localPersonId",
        "unknown-forum.xml, FIELD_INVALID, hearing/forum",
        "impossible-date.xml, FIELD_INVALID, hearing/heardOn",
        "subject-role-victim.xml, FIELD_INVALID, hearing/subjectRole",
        "unknown-abuse-type.xml, FIELD_INVALID, hearing/abuseType",
        "unknown-relationship.xml, FIELD_INVALID, hearing/victim[2]/relationship",
        "victim-role-perpetrator.xml, FIELD_INVALID, hearing/victim[1]/role",
        "victim-without-relationship.xml, FIELD_MISSING, hearing/victim[2]/relationship",
        "victim-unidentifiable.xml, VICTIM_UNIDENTIFIABLE, hearing/victim[2]/person",
        "too-many-victims.xml, VICTIMS_TOO_MANY, hearing/victim"
    })
    void aBadHearingIsRefusedNamingTheFieldAndNeverItsValue(String fixture, String reasonCode, String field)
            throws Exception {
        SoapAnswers answer = post(REFUSED.resolve(fixture), "HearingRecorded", LocalEventType.HEARING_RECORDED);

        assertThat(answer.isFault()).isTrue();
        assertThat(answer.faultString()).isEqualTo("Refused: " + reasonCode);
        assertThat(answer.reasonCode()).isEqualTo(reasonCode);
        assertThat(answer.field()).isEqualTo(field);
        assertThat(answer.message()).doesNotContain("Quillfeather", "2026-02-30");
        assertThat(answer.message()).doesNotContain("Thistlewood", "Ottilie", "1962-05");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aHearingWithVictimsReachesTheNodeWithTheirRelationshipsRolesAndTheAbuseType() throws Exception {
        SoapAnswers answer =
                post(EVENTS.resolve("hearing-with-victims.xml"), "HearingRecorded", LocalEventType.HEARING_RECORDED);

        assertThat(answer.isFault()).as(answer.reasonCode()).isFalse();
        LocalHearing hearing = sink.only(LocalHearing.class);
        assertThat(hearing.subjectRole()).isEqualTo(PersonRole.BOTH);
        assertThat(hearing.abuseType()).isEqualTo(AbuseType.COERCIVE_CONTROL);
        assertThat(hearing.victims()).containsExactly(THISTLEWOOD, BRACKWATER);
        assertThat(hearing.subject().familyNames()).containsExactly("Quillfeather");
    }

    @Test
    void aReferralWithVictimsReachesTheNodeWithThemAndAReferralWithABadVictimRoleDoesNot() throws Exception {
        SoapAnswers refused = post(
                REFUSED.resolve("referral-unknown-victim-role.xml"),
                "ReferralReceived",
                LocalEventType.REFERRAL_RECEIVED);
        assertThat(refused.reasonCode()).isEqualTo("FIELD_INVALID");
        assertThat(refused.field()).isEqualTo("referral/victim[1]/role");
        assertThat(refused.message()).doesNotContain("Thistlewood");
        assertThat(sink.calls()).isEmpty();

        post(EVENTS.resolve("referral-with-victims.xml"), "ReferralReceived", LocalEventType.REFERRAL_RECEIVED);

        LocalReferral referral = sink.only(LocalReferral.class);
        assertThat(referral.subjectRole()).as("a counter-allegation").isEqualTo(org.crossflag.adapter.PersonRole.BOTH);
        assertThat(referral.abuseType()).isEqualTo(AbuseType.COERCIVE_CONTROL);
        assertThat(referral.victims()).containsExactly(THISTLEWOOD, BRACKWATER);
    }

    @Test
    void aHearingWithoutTheHarmElementsTakesItsSubjectAsThePerpetratorWithNoVictims() throws Exception {
        post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded", LocalEventType.HEARING_RECORDED);

        LocalHearing hearing = sink.only(LocalHearing.class);
        assertThat(hearing.subjectRole()).isEqualTo(PersonRole.PERPETRATOR);
        assertThat(hearing.abuseType()).isNull();
        assertThat(hearing.victims()).isEmpty();
    }

    @Test
    void anEnvelopeThatIsNoOperationOfTheWsdlIsRefused() throws Exception {
        SoapAnswers answer = post(REFUSED.resolve("not-an-operation.xml"), "Arrest", LocalEventType.values());

        assertThat(answer.isFault()).isTrue();
        assertThat(answer.reasonCode()).isEqualTo("ENVELOPE_INVALID");
        assertThat(answer.faultString()).doesNotContain("arrest");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aBodyThatIsNotWellFormedXmlIsRefused() throws Exception {
        SoapAnswers answer = post(REFUSED.resolve("truncated.xml"), "HearingRecorded", LocalEventType.values());

        assertThat(answer.reasonCode()).isEqualTo("XML_MALFORMED");
        assertThat(answer.faultCode()).endsWith("Client");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void theNodesRefusalTravelsBackWithItsReasonCode() throws Exception {
        sink.refuse("MARAC-ESX-2026-0412", "SUBJECT_UNIDENTIFIABLE", "subject: a name and a date of birth needed");

        SoapAnswers answer =
                post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded", LocalEventType.HEARING_RECORDED);

        assertThat(answer.reasonCode()).isEqualTo("SUBJECT_UNIDENTIFIABLE");
        assertThat(answer.message()).isEqualTo("subject: a name and a date of birth needed");
        assertThat(answer.faultString()).isEqualTo("Refused: SUBJECT_UNIDENTIFIABLE");
        assertThat(sink.stored()).isEmpty();
    }

    @Test
    void aNodeFailureAsksTheRecordsSystemToSendAgain() throws Exception {
        sink.fail("MARAC-ESX-2026-0412", "database down");

        SoapAnswers answer =
                post(EVENTS.resolve("hearing-recorded.xml"), "HearingRecorded", LocalEventType.HEARING_RECORDED);

        assertThat(answer.reasonCode()).isEqualTo("NODE_UNAVAILABLE");
        assertThat(answer.message()).doesNotContain("database");
        assertThat(sink.stored()).isEmpty();
    }

    @Test
    void theWsdlItIsPublishedFromIsServed() throws Exception {
        Curl.Answer wsdl = Curl.get(url() + "?wsdl");

        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.body())
                .contains("RecordsSystemEventsPort")
                .contains("<wsdl:operation name=\"RecordWithdrawn\">")
                .contains("records-system-events");
    }
}
