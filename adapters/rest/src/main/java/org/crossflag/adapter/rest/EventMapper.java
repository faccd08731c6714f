package org.crossflag.adapter.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.FieldRules;
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
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.adapter.VictimRelationship;

/**
 * Turns each request body into the adapter API's record, checking every field on the way in the order the body
 * declares them. A body with a field at fault yields nothing: the first such field is refused by name.
 */
final class EventMapper {

    /** The most victims one hearing or referral records, as the adapter API takes them. */
    static final int MAX_VICTIMS = 8;

    private static final Function<String, PersonRole> SUBJECT_ROLE =
            roleOf("subject's role (PERPETRATOR or BOTH)", PersonRole.PERPETRATOR, PersonRole.BOTH);
    private static final Function<String, PersonRole> VICTIM_ROLE =
            roleOf("victim's role (VICTIM or BOTH)", PersonRole.VICTIM, PersonRole.BOTH);

    /** A hearing corrected at its source, and when. */
    record Correction(LocalHearing hearing, LocalDate correctedOn) {}

    LocalHearing hearing(HearingRequest body) {
        return hearing(body, Fields.ofBody());
    }

    private static LocalHearing hearing(HearingRequest body, Fields fields) {
        String reference = fields.required(body.localReference(), "localReference", FieldForm.REFERENCE);
        Forum forum = fields.code(body.forum(), "forum", Forum::fromWire);
        LocalDate heardOn = fields.date(body.heardOn(), "heardOn");
        LocalPerson subject = person(fields.present(body.subject(), "subject"), fields.in("subject"));
        Contact coordinator = contact(fields.present(body.coordinator(), "coordinator"), fields.in("coordinator"));
        RiskScore score = body.score() == null ? null : score(body.score(), fields.in("score"));
        PersonRole role = fields.optionalCode(body.subjectRole(), "subjectRole", SUBJECT_ROLE);
        AbuseType abuseType = fields.optionalCode(body.abuseType(), "abuseType", AbuseType::fromWire);
        List<LocalVictim> victims = victims(body.victims(), fields);
        return new LocalHearing(reference, forum, heardOn, subject, coordinator, score, role, abuseType, victims);
    }

    LocalReferral referral(ReferralRequest body) {
        Fields fields = Fields.ofBody();
        String reference = fields.required(body.localReference(), "localReference", FieldForm.REFERENCE);
        Forum forum = fields.code(body.forum(), "forum", Forum::fromWire);
        LocalDate referredOn = fields.date(body.referredOn(), "referredOn");
        LocalPerson subject = person(fields.present(body.subject(), "subject"), fields.in("subject"));
        Contact coordinator = contact(fields.present(body.coordinator(), "coordinator"), fields.in("coordinator"));
        PersonRole role = fields.optionalCode(body.subjectRole(), "subjectRole", SUBJECT_ROLE);
        AbuseType abuseType = fields.optionalCode(body.abuseType(), "abuseType", AbuseType::fromWire);
        List<LocalVictim> victims = victims(body.victims(), fields);
        return new LocalReferral(reference, forum, referredOn, subject, coordinator, role, abuseType, victims);
    }

    LocalPersonRecord personRecord(PersonRecordRequest body) {
        Fields fields = Fields.ofBody();
        String reference = fields.required(body.reference(), "reference", FieldForm.REFERENCE);
        LocalPerson person = person(fields.present(body.person(), "person"), fields.in("person"));
        RecordKind kind = fields.code(body.kind(), "kind", RecordKind::fromWire);
        LocalDate date = fields.date(body.date(), "date");
        LocalDate endsOn = fields.optionalDate(body.endsOn(), "endsOn");
        String summary = fields.required(body.summary(), "summary", FieldForm.RECORD_SUMMARY);
        return new LocalPersonRecord(reference, person, kind, date, endsOn, summary);
    }

    LocalDvdsApplication dvdsApplication(DvdsApplicationRequest body) {
        Fields fields = Fields.ofBody();
        String reference = fields.required(body.localReference(), "localReference", FieldForm.REFERENCE);
        DvdsRoute route = fields.code(body.route(), "route", DvdsRoute::fromWire);
        LocalDate receivedOn = fields.date(body.receivedOn(), "receivedOn");
        LocalPerson personAtRisk =
                body.personAtRisk() == null ? null : person(body.personAtRisk(), fields.in("personAtRisk"));
        LocalPerson subject = person(fields.present(body.subject(), "subject"), fields.in("subject"));
        LocalDvdsApplication.Applicant applicant =
                body.applicant() == null ? null : applicant(body.applicant(), fields.in("applicant"));
        String legalBasis = fields.optional(body.legalBasis(), "legalBasis", FieldForm.REASON_CODE);
        ConsentState consent = fields.optionalCode(body.consent(), "consent", ConsentState::fromWire);
        String justification =
                fields.text(body.justification(), "justification", FieldRules.CONSENT_JUSTIFICATION_MAX_LENGTH, true);
        List<String> categories = fields.texts(body.categories(), "categories", FieldForm.REASON_CODE);
        Contact officer = contact(fields.present(body.officer(), "officer"), fields.in("officer"));
        return new LocalDvdsApplication(
                reference,
                route,
                receivedOn,
                personAtRisk,
                subject,
                applicant,
                legalBasis,
                consent,
                justification,
                categories,
                officer);
    }

    LocalCircumstanceChange circumstanceChange(CircumstanceChangeRequest body) {
        Fields fields = Fields.ofBody();
        String reference = fields.required(body.localReference(), "localReference", FieldForm.REFERENCE);
        CircumstanceChangeKind kind = fields.code(body.kind(), "kind", CircumstanceChangeKind::fromWire);
        ProtectionOrderType orderType = fields.code(body.orderType(), "orderType", ProtectionOrderType::fromWire);
        String orderReference = fields.required(body.orderReference(), "orderReference", FieldForm.REFERENCE);
        String orderHeldBy = fields.optional(body.orderHeldBy(), "orderHeldBy", FieldForm.MEMBER_CODE);
        LocalDate changedOn = fields.date(body.changedOn(), "changedOn");
        LocalDate notifiedOn = fields.date(body.notifiedOn(), "notifiedOn");
        LocalPerson subject = person(fields.present(body.subject(), "subject"), fields.in("subject"));
        LocalPerson newPartner = body.newPartner() == null ? null : person(body.newPartner(), fields.in("newPartner"));
        String travelPostcode = fields.text(body.travelPostcode(), "travelPostcode");
        Contact offenderManager =
                contact(fields.present(body.offenderManager(), "offenderManager"), fields.in("offenderManager"));
        return new LocalCircumstanceChange(
                reference,
                kind,
                orderType,
                orderReference,
                orderHeldBy,
                changedOn,
                notifiedOn,
                subject,
                newPartner,
                travelPostcode,
                offenderManager);
    }

    Correction correction(CorrectionRequest body) {
        Fields fields = Fields.ofBody();
        HearingRequest hearing = fields.present(body.hearing(), "hearing");
        LocalHearing corrected = hearing(hearing, fields.in("hearing"));
        return new Correction(corrected, fields.date(body.correctedOn(), "correctedOn"));
    }

    LocalWithdrawal withdrawal(WithdrawalRequest body) {
        Fields fields = Fields.ofBody();
        LocalRecordType recordType = fields.code(body.recordType(), "recordType", LocalRecordType::fromWire);
        String reference = fields.required(body.localReference(), "localReference", FieldForm.REFERENCE);
        return new LocalWithdrawal(recordType, reference, fields.date(body.withdrawnOn(), "withdrawnOn"));
    }

    private static LocalPerson person(PersonJson person, Fields fields) {
        return new LocalPerson(
                fields.required(person.localPersonId(), "localPersonId", FieldForm.LOCAL_PERSON_ID),
                fields.texts(person.givenNames(), "givenNames"),
                fields.texts(person.familyNames(), "familyNames"),
                fields.texts(person.aliases(), "aliases"),
                fields.dateOfBirth(person.dateOfBirth(), "dateOfBirth"),
                fields.optionalCode(person.sex(), "sex", EventMapper::sex),
                fields.text(person.postcode(), "postcode"),
                fields.text(person.addressLine(), "addressLine"),
                fields.text(person.pncId(), "pncId"),
                fields.text(person.phone(), "phone"),
                fields.text(person.email(), "email"));
    }

    /**
     * Each victim, named {@code victims[i]}: a person who could be matched (a family name, an alias or a PNC id, as
     * the node asks of a subject) and their relationship to the subject.
     */
    private static List<LocalVictim> victims(List<VictimJson> victims, Fields fields) {
        List<LocalVictim> mapped = new ArrayList<>();
        if (victims == null) {
            return mapped;
        }
        if (victims.size() > MAX_VICTIMS) {
            throw fields.refused(Reason.VICTIMS_TOO_MANY, "victims", "holds more than " + MAX_VICTIMS + " victims");
        }
        for (int i = 0; i < victims.size(); i++) {
            String entry = "victims[" + i + "]";
            VictimJson victim = fields.present(victims.get(i), entry);
            Fields at = fields.in(entry);
            LocalPerson person = person(at.present(victim.person(), "person"), at.in("person"));
            if (person.familyNames().isEmpty() && person.aliases().isEmpty() && person.pncId() == null) {
                throw at.refused(Reason.VICTIM_UNIDENTIFIABLE, "person", "needs a family name, an alias or a PNC id");
            }
            VictimRelationship relationship =
                    at.code(victim.relationship(), "relationship", VictimRelationship::fromWire);
            PersonRole role = at.optionalCode(victim.role(), "role", VICTIM_ROLE);
            mapped.add(new LocalVictim(person, relationship, role));
        }
        return mapped;
    }

    /** A role of those a person in this place may hold; any other, VICTIM for a subject say, is not a code here. */
    private static Function<String, PersonRole> roleOf(String vocabulary, PersonRole... allowed) {
        return code -> {
            for (PersonRole role : allowed) {
                if (role.wire().equals(code)) {
                    return role;
                }
            }
            throw new UnknownCodeException(vocabulary, code);
        };
    }

    private static String sex(String code) {
        if (!code.equals("F") && !code.equals("M") && !code.equals("X")) {
            throw new UnknownCodeException("sex (F, M or X)", code);
        }
        return code;
    }

    private static Contact contact(ContactJson contact, Fields fields) {
        String name = fields.required(contact.name(), "name", FieldForm.CONTACT_NAME);
        String phone = fields.optional(contact.phone(), "phone", FieldForm.PHONE);
        String email = fields.optional(contact.email(), "email", FieldForm.EMAIL);
        if (phone == null && email == null) {
            // Another force could reach no one.
            throw fields.refused(Reason.MISSING_FIELD, "phone", "or email is required");
        }
        return new Contact(name, phone, email);
    }

    private static RiskScore score(ScoreJson score, Fields fields) {
        return new RiskScore(
                fields.required(score.tool(), "tool", FieldForm.SCORE_PART),
                fields.required(score.toolVersion(), "toolVersion", FieldForm.SCORE_PART),
                fields.required(score.value(), "value", FieldForm.SCORE_PART));
    }

    private static LocalDvdsApplication.Applicant applicant(
            DvdsApplicationRequest.ApplicantJson applicant, Fields fields) {
        return new LocalDvdsApplication.Applicant(
                fields.required(applicant.kind(), "kind", FieldForm.REASON_CODE),
                applicant.person() == null ? null : person(applicant.person(), fields.in("person")),
                fields.optional(
                        applicant.relationshipToPersonAtRisk(), "relationshipToPersonAtRisk", FieldForm.REASON_CODE),
                fields.optional(applicant.relationshipToSubject(), "relationshipToSubject", FieldForm.REASON_CODE));
    }
}
