package org.crossflag.adapter.rmssoap;

import static org.crossflag.adapter.rmssoap.SoapFields.code;
import static org.crossflag.adapter.rmssoap.SoapFields.date;
import static org.crossflag.adapter.rmssoap.SoapFields.list;
import static org.crossflag.adapter.rmssoap.SoapFields.optional;
import static org.crossflag.adapter.rmssoap.SoapFields.optionalDate;
import static org.crossflag.adapter.rmssoap.SoapFields.path;
import static org.crossflag.adapter.rmssoap.SoapFields.required;

import java.time.LocalDate;
import java.util.Set;

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
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.rmssoap.events.Applicant;
import org.crossflag.adapter.rmssoap.events.CircumstanceChange;
import org.crossflag.adapter.rmssoap.events.DvdsApplication;
import org.crossflag.adapter.rmssoap.events.Hearing;
import org.crossflag.adapter.rmssoap.events.HearingCorrection;
import org.crossflag.adapter.rmssoap.events.Person;
import org.crossflag.adapter.rmssoap.events.PersonRecord;
import org.crossflag.adapter.rmssoap.events.Referral;
import org.crossflag.adapter.rmssoap.events.Withdrawal;

/**
 * Maps the SOAP request of each event to the adapter API's record, refusing the first field that cannot be used
 * (its path starts with the request element, e.g. {@code hearing/subject/localPersonId}). Field forms and lengths
 * are the node's to check, as for every adapter. The victims of a hearing or referral are {@link HarmMapper}'s.
 */
final class EventMapper {

    private static final Set<String> SEXES = Set.of("F", "M", "X");

    LocalHearing hearing(Hearing hearing) {
        return hearing(hearing, "hearing");
    }

    LocalReferral referral(Referral referral) {
        String at = "referral";
        required(referral, at);
        return new LocalReferral(
                required(referral.getReference(), path(at, "reference")),
                code(referral.getForum(), path(at, "forum"), Forum::fromWire),
                date(referral.getReferredOn(), path(at, "referredOn")),
                person(required(referral.getSubject(), path(at, "subject")), path(at, "subject")),
                contact(required(referral.getCoordinator(), path(at, "coordinator")), path(at, "coordinator")),
                HarmMapper.subjectRole(referral.getSubjectRole(), at),
                HarmMapper.abuseType(referral.getAbuseType(), at),
                HarmMapper.victims(referral.getVictim(), at));
    }

    LocalPersonRecord personRecord(PersonRecord record) {
        String at = "personRecord";
        required(record, at);
        return new LocalPersonRecord(
                required(record.getReference(), path(at, "reference")),
                person(required(record.getPerson(), path(at, "person")), path(at, "person")),
                code(record.getKind(), path(at, "kind"), RecordKind::fromWire),
                date(record.getDate(), path(at, "date")),
                optionalDate(record.getEndsOn(), path(at, "endsOn")),
                required(record.getSummary(), path(at, "summary")));
    }

    LocalDvdsApplication dvdsApplication(DvdsApplication application) {
        String at = "dvdsApplication";
        required(application, at);
        return new LocalDvdsApplication(
                required(application.getReference(), path(at, "reference")),
                code(application.getRoute(), path(at, "route"), DvdsRoute::fromWire),
                date(application.getReceivedOn(), path(at, "receivedOn")),
                optionalPerson(application.getPersonAtRisk(), path(at, "personAtRisk")),
                person(required(application.getSubject(), path(at, "subject")), path(at, "subject")),
                applicant(application.getApplicant(), path(at, "applicant")),
                required(application.getLegalBasis(), path(at, "legalBasis")),
                code(application.getConsent(), path(at, "consent"), ConsentState::fromWire),
                optional(application.getJustification()),
                list(application.getCategory()),
                contact(required(application.getOfficer(), path(at, "officer")), path(at, "officer")));
    }

    LocalCircumstanceChange circumstanceChange(CircumstanceChange change) {
        String at = "circumstanceChange";
        required(change, at);
        return new LocalCircumstanceChange(
                required(change.getReference(), path(at, "reference")),
                code(change.getKind(), path(at, "kind"), CircumstanceChangeKind::fromWire),
                code(change.getOrderType(), path(at, "orderType"), ProtectionOrderType::fromWire),
                required(change.getOrderReference(), path(at, "orderReference")),
                optional(change.getOrderHeldBy()),
                date(change.getChangedOn(), path(at, "changedOn")),
                date(change.getNotifiedOn(), path(at, "notifiedOn")),
                person(required(change.getSubject(), path(at, "subject")), path(at, "subject")),
                optionalPerson(change.getNewPartner(), path(at, "newPartner")),
                optional(change.getTravelPostcode()),
                contact(
                        required(change.getOffenderManager(), path(at, "offenderManager")),
                        path(at, "offenderManager")));
    }

    /** The corrected hearing, and the date it was corrected on. */
    Correction correction(HearingCorrection correction) {
        String at = "hearingCorrection";
        required(correction, at);
        LocalHearing hearing = hearing(required(correction.getHearing(), path(at, "hearing")), path(at, "hearing"));
        return new Correction(hearing, date(correction.getCorrectedOn(), path(at, "correctedOn")));
    }

    LocalWithdrawal withdrawal(Withdrawal withdrawal) {
        String at = "withdrawal";
        required(withdrawal, at);
        return new LocalWithdrawal(
                code(withdrawal.getRecordType(), path(at, "recordType"), LocalRecordType::fromWire),
                required(withdrawal.getReference(), path(at, "reference")),
                date(withdrawal.getWithdrawnOn(), path(at, "withdrawnOn")));
    }

    record Correction(LocalHearing hearing, LocalDate correctedOn) {}

    private LocalHearing hearing(Hearing hearing, String at) {
        required(hearing, at);
        return new LocalHearing(
                required(hearing.getReference(), path(at, "reference")),
                code(hearing.getForum(), path(at, "forum"), Forum::fromWire),
                date(hearing.getHeardOn(), path(at, "heardOn")),
                person(required(hearing.getSubject(), path(at, "subject")), path(at, "subject")),
                contact(required(hearing.getCoordinator(), path(at, "coordinator")), path(at, "coordinator")),
                score(hearing.getRiskScore(), path(at, "riskScore")),
                HarmMapper.subjectRole(hearing.getSubjectRole(), at),
                HarmMapper.abuseType(hearing.getAbuseType(), at),
                HarmMapper.victims(hearing.getVictim(), at));
    }

    private static LocalPerson optionalPerson(Person person, String at) {
        return person == null ? null : person(person, at);
    }

    static LocalPerson person(Person person, String at) {
        String sex = optional(person.getSex());
        if (sex != null && !SEXES.contains(sex)) {
            throw new EventRefusedException(
                    SoapFields.FIELD_INVALID, path(at, "sex"), path(at, "sex") + " must be F, M or X");
        }
        return new LocalPerson(
                required(person.getLocalPersonId(), path(at, "localPersonId")),
                list(person.getGivenName()),
                list(person.getFamilyName()),
                list(person.getAlias()),
                optional(person.getDateOfBirth()),
                sex,
                optional(person.getPostcode()),
                optional(person.getAddressLine()),
                optional(person.getPncId()),
                optional(person.getPhone()),
                optional(person.getEmail()));
    }

    private static Contact contact(org.crossflag.adapter.rmssoap.events.Contact contact, String at) {
        return new Contact(
                required(contact.getName(), path(at, "name")),
                optional(contact.getPhone()),
                optional(contact.getEmail()));
    }

    private static RiskScore score(org.crossflag.adapter.rmssoap.events.RiskScore score, String at) {
        if (score == null) {
            return null;
        }
        return new RiskScore(
                required(score.getTool(), path(at, "tool")),
                required(score.getToolVersion(), path(at, "toolVersion")),
                required(score.getValue(), path(at, "value")));
    }

    private static LocalDvdsApplication.Applicant applicant(Applicant applicant, String at) {
        if (applicant == null) {
            return null;
        }
        return new LocalDvdsApplication.Applicant(
                required(applicant.getKind(), path(at, "kind")),
                optionalPerson(applicant.getPerson(), path(at, "person")),
                optional(applicant.getRelationshipToPersonAtRisk()),
                optional(applicant.getRelationshipToSubject()));
    }
}
