package org.crossflag.gateway.hearings.records;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.adapter.RiskScore;

/**
 * Checks, as a record enters the node, every field that is stored in a column or travels to another force against
 * its {@link FieldForm}: a value that cannot be carried is refused now, with a reason code (VALUE_TOO_LONG or
 * INVALID_FORM) and the field's name, never found out when an answer or an alert is sent.
 */
public final class RecordFields {

    private RecordFields() {}

    public static void requireCarriable(LocalHearing hearing) {
        require(FieldForm.REFERENCE, "reference", hearing.localReference());
        require(hearing.subject());
        require(hearing.coordinator());
        RiskScore score = hearing.score();
        if (score != null) {
            require(FieldForm.SCORE_PART, "score.tool", score.tool());
            require(FieldForm.SCORE_PART, "score.version", score.toolVersion());
            require(FieldForm.SCORE_PART, "score.value", score.value());
        }
    }

    public static void requireCarriable(LocalReferral referral) {
        require(FieldForm.REFERENCE, "reference", referral.localReference());
        require(referral.subject());
        require(referral.coordinator());
    }

    private static void require(LocalPerson person) {
        require(FieldForm.LOCAL_PERSON_ID, "person.personId", person.localPersonId());
    }

    private static void require(Contact contact) {
        require(FieldForm.CONTACT_NAME, "coordinator.name", contact.name());
        if (contact.phone() != null) {
            require(FieldForm.PHONE, "coordinator.phone", contact.phone());
        }
        if (contact.email() != null) {
            require(FieldForm.EMAIL, "coordinator.email", contact.email());
        }
    }

    /** The message names the field and its rule, never the value. */
    private static void require(FieldForm form, String field, String value) {
        form.problemWith(value).ifPresent(problem -> {
            throw new RejectedRecordException(
                    problem.name(),
                    problem == FieldForm.Problem.VALUE_TOO_LONG
                            ? field + " is longer than " + form.maxLength() + " characters"
                            : field + " is not of the form the federation carries (" + form.name() + ")");
        });
    }
}
