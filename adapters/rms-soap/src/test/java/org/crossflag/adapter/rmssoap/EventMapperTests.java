package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.rmssoap.events.Contact;
import org.crossflag.adapter.rmssoap.events.DvdsApplication;
import org.crossflag.adapter.rmssoap.events.Hearing;
import org.crossflag.adapter.rmssoap.events.HearingCorrection;
import org.crossflag.adapter.rmssoap.events.Person;
import org.crossflag.adapter.rmssoap.events.PersonRecord;
import org.crossflag.adapter.rmssoap.events.RiskScore;
import org.crossflag.adapter.rmssoap.events.Withdrawal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EventMapperTests {

    final EventMapper mapper = new EventMapper();

    static Person person() {
        Person person = new Person();
        person.setLocalPersonId(" RMS-P-300417 ");
        person.getGivenName().add("Perpetua");
        person.getGivenName().add(" ");
        person.getFamilyName().add("Quillfeather");
        person.setDateOfBirth("1984");
        person.setSex("F");
        person.setPostcode("");
        return person;
    }

    static Contact coordinator() {
        Contact contact = new Contact();
        contact.setName("MARAC coordinator, Chelmsford");
        return contact;
    }

    static Hearing hearing() {
        Hearing hearing = new Hearing();
        hearing.setReference("MARAC-ESX-2026-0412");
        hearing.setForum("DAPP");
        hearing.setHeardOn("2026-03-11");
        hearing.setSubject(person());
        hearing.setCoordinator(coordinator());
        return hearing;
    }

    static void assertRefused(Executable mapping, String reasonCode, String field, String... neverSaid) {
        assertThatThrownBy(mapping::execute).isInstanceOfSatisfying(EventRefusedException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo(reasonCode);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(field);
            for (String value : neverSaid) {
                assertThat(e.getMessage()).doesNotContain(value);
            }
        });
    }

    @Test
    void aHearingMapsWithBlankValuesAsAbsentAndValuesStripped() {
        LocalHearing mapped = mapper.hearing(hearing());

        assertThat(mapped.localReference()).isEqualTo("MARAC-ESX-2026-0412");
        assertThat(mapped.forum()).isEqualTo(Forum.DAPP);
        assertThat(mapped.heardOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(mapped.subject().localPersonId()).isEqualTo("RMS-P-300417");
        assertThat(mapped.subject().givenNames()).containsExactly("Perpetua");
        assertThat(mapped.subject().postcode()).isNull();
        assertThat(mapped.subject().dateOfBirth()).isEqualTo("1984");
        assertThat(mapped.score()).isNull();
    }

    @Test
    void eachMissingRequiredFieldIsNamedByItsPath() {
        Hearing noReference = hearing();
        noReference.setReference("  ");
        Hearing noSubject = hearing();
        noSubject.setSubject(null);
        Hearing noCoordinatorName = hearing();
        noCoordinatorName.getCoordinator().setName(null);
        Hearing halfAScore = hearing();
        RiskScore score = new RiskScore();
        score.setTool("DASH");
        score.setValue("17");
        halfAScore.setRiskScore(score);

        assertRefused(() -> mapper.hearing(noReference), "FIELD_MISSING", "hearing/reference");
        assertRefused(() -> mapper.hearing(noSubject), "FIELD_MISSING", "hearing/subject");
        assertRefused(() -> mapper.hearing(noCoordinatorName), "FIELD_MISSING", "hearing/coordinator/name");
        assertRefused(() -> mapper.hearing(halfAScore), "FIELD_MISSING", "hearing/riskScore/toolVersion");
        assertRefused(() -> mapper.hearing(null), "FIELD_MISSING", "hearing");
    }

    @Test
    void unknownCodesBadDatesAndABadSexAreInvalidAndTheValueIsNeverRepeated() {
        Hearing badForum = hearing();
        badForum.setForum("Quillfeather panel");
        Hearing badDate = hearing();
        badDate.setHeardOn("2026-02-30");
        Hearing usDate = hearing();
        usDate.setHeardOn("03/11/2026");
        Hearing badSex = hearing();
        badSex.getSubject().setSex("female");

        assertRefused(() -> mapper.hearing(badForum), "FIELD_INVALID", "hearing/forum", "Quillfeather");
        assertRefused(() -> mapper.hearing(badDate), "FIELD_INVALID", "hearing/heardOn", "2026-02-30");
        assertRefused(() -> mapper.hearing(usDate), "FIELD_INVALID", "hearing/heardOn", "03/11/2026");
        assertRefused(() -> mapper.hearing(badSex), "FIELD_INVALID", "hearing/subject/sex", "female");
    }

    @Test
    void aCorrectionNamesTheFieldInsideItsHearing() {
        HearingCorrection correction = new HearingCorrection();
        correction.setHearing(hearing());
        correction.setCorrectedOn("2026-03-20");

        EventMapper.Correction mapped = mapper.correction(correction);
        assertThat(mapped.correctedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(mapped.hearing().forum()).isEqualTo(Forum.DAPP);

        correction.getHearing().getSubject().setLocalPersonId(null);
        assertRefused(
                () -> mapper.correction(correction),
                "FIELD_MISSING",
                "hearingCorrection/hearing/subject/localPersonId");
    }

    @Test
    void aPersonRecordWithoutAnEndAndAWithdrawalOfAnUnknownType() {
        PersonRecord record = new PersonRecord();
        record.setReference("CR/2019/0042");
        record.setPerson(person());
        record.setKind("CAUTION");
        record.setDate("2019-05-14");
        record.setSummary("Harassment, simple caution");

        assertThat(mapper.personRecord(record).kind()).isEqualTo(RecordKind.CAUTION);
        assertThat(mapper.personRecord(record).endsOn()).isNull();

        Withdrawal withdrawal = new Withdrawal();
        withdrawal.setRecordType("PERSON_RECORD");
        withdrawal.setReference("CR/2019/0042");
        withdrawal.setWithdrawnOn("2026-06-30");
        assertThat(mapper.withdrawal(withdrawal).recordType()).isEqualTo(LocalRecordType.PERSON_RECORD);
        withdrawal.setRecordType("CONVICTION");
        assertRefused(() -> mapper.withdrawal(withdrawal), "FIELD_INVALID", "withdrawal/recordType");
    }

    @Test
    void aDvdsApplicationNeedsNoApplicantOrPersonAtRiskButAnApplicantNeedsAKind() {
        DvdsApplication application = new DvdsApplication();
        application.setReference("DVDS-ESX-2026-0077");
        application.setRoute("RIGHT_TO_KNOW");
        application.setReceivedOn("2026-04-20");
        application.setSubject(person());
        application.setLegalBasis("DVDS_COMMON_LAW_POWERS");
        application.setConsent("NOT_SOUGHT_THRESHOLD_MET");
        application.setOfficer(coordinator());

        assertThat(mapper.dvdsApplication(application).route()).isEqualTo(DvdsRoute.RIGHT_TO_KNOW);
        assertThat(mapper.dvdsApplication(application).applicant()).isNull();
        assertThat(mapper.dvdsApplication(application).categories()).isEmpty();

        application.setApplicant(new org.crossflag.adapter.rmssoap.events.Applicant());
        assertRefused(() -> mapper.dvdsApplication(application), "FIELD_MISSING", "dvdsApplication/applicant/kind");
        application.setApplicant(null);
        application.setConsent("MAYBE");
        assertRefused(() -> mapper.dvdsApplication(application), "FIELD_INVALID", "dvdsApplication/consent");
    }
}
