package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalVictim;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.VictimRelationship;
import org.crossflag.adapter.rmssoap.events.Contact;
import org.crossflag.adapter.rmssoap.events.DvdsApplication;
import org.crossflag.adapter.rmssoap.events.Hearing;
import org.crossflag.adapter.rmssoap.events.HearingCorrection;
import org.crossflag.adapter.rmssoap.events.Person;
import org.crossflag.adapter.rmssoap.events.PersonRecord;
import org.crossflag.adapter.rmssoap.events.RiskScore;
import org.crossflag.adapter.rmssoap.events.Victim;
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

    static Victim victim(String relationship) {
        Victim victim = new Victim();
        Person person = new Person();
        person.setLocalPersonId("RMS-P-300588");
        person.getFamilyName().add(" Thistlewood ");
        victim.setPerson(person);
        victim.setRelationship(relationship);
        return victim;
    }

    @Test
    void victimsAreNamedByTheirPlaceCountedFromOneInsideTheirHearing() {
        HearingCorrection correction = new HearingCorrection();
        correction.setHearing(hearing());
        correction.setCorrectedOn("2026-03-20");
        correction.getHearing().getVictim().add(victim("SIBLING"));
        correction.getHearing().getVictim().add(victim(" INTIMATE_PARTNER "));
        correction.getHearing().setAbuseType(" ");

        LocalHearing mapped = mapper.correction(correction).hearing();
        assertThat(mapped.victims())
                .extracting(LocalVictim::relationship)
                .containsExactly(VictimRelationship.SIBLING, VictimRelationship.INTIMATE_PARTNER);
        assertThat(mapped.victims().get(0).person().familyNames()).containsExactly("Thistlewood");
        assertThat(mapped.victims().get(0).role()).isEqualTo(PersonRole.VICTIM);
        assertThat(mapped.subjectRole()).isEqualTo(PersonRole.PERPETRATOR);
        assertThat(mapped.abuseType()).isNull();

        correction.getHearing().getVictim().get(1).setRole("VICTIM_AND_PERPETRATOR");
        assertRefused(
                () -> mapper.correction(correction),
                "FIELD_INVALID",
                "hearingCorrection/hearing/victim[2]/role",
                "VICTIM_AND_PERPETRATOR");
        correction.getHearing().getVictim().set(1, null);
        assertRefused(() -> mapper.correction(correction), "FIELD_MISSING", "hearingCorrection/hearing/victim[2]");
        correction.getHearing().getVictim().get(0).setPerson(null);
        assertRefused(
                () -> mapper.correction(correction), "FIELD_MISSING", "hearingCorrection/hearing/victim[1]/person");
    }

    @Test
    void eightVictimsAreTakenAndANinthIsTooMany() {
        Hearing hearing = hearing();
        for (int i = 0; i < HarmMapper.MAX_VICTIMS; i++) {
            hearing.getVictim().add(victim("OTHER"));
        }
        assertThat(mapper.hearing(hearing).victims()).hasSize(HarmMapper.MAX_VICTIMS);

        hearing.getVictim().add(victim("OTHER"));
        assertRefused(() -> mapper.hearing(hearing), "VICTIMS_TOO_MANY", "hearing/victim");
    }

    @Test
    void aVictimIsIdentifiedByAFamilyNameAnAliasOrAPncIdAndByNothingElse() {
        Hearing hearing = hearing();
        Victim victim = victim("EX_PARTNER");
        hearing.getVictim().add(victim);
        victim.getPerson().getFamilyName().clear();
        victim.getPerson().getFamilyName().add("  ");
        victim.getPerson().getGivenName().add("Ambrose");
        victim.getPerson().setDateOfBirth("1981-07-23");
        victim.getPerson().setPostcode("CM3 4ZY");

        assertRefused(
                () -> mapper.hearing(hearing),
                "VICTIM_UNIDENTIFIABLE",
                "hearing/victim[1]/person",
                "Ambrose",
                "1981-07-23");

        victim.getPerson().setPncId("81/330912T");
        assertThat(mapper.hearing(hearing).victims()).hasSize(1);
        victim.getPerson().setPncId(null);
        victim.getPerson().getAlias().add("Amby Thistlewood");
        assertThat(mapper.hearing(hearing).victims()).hasSize(1);
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
