package org.crossflag.gateway.circumstances;

import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.hearings.records.LocalPeople;

/**
 * Checks a change of circumstance before anything is stored, and finds the postcode district it routes by: the
 * destination's for planned travel, the subject's (new) postcode otherwise. A new address and planned travel need
 * one; a new name or partner is routed by the subject's postcode when given, else to the order's force alone. The
 * first problem is refused naming its field, never its value.
 */
final class CircumstanceFields {

    /** @param district the postcode district to route by, or null */
    record Checked(String district) {}

    private final ForceAreas areas;

    CircumstanceFields(ForceAreas areas) {
        this.areas = areas;
    }

    Checked check(LocalCircumstanceChange change) {
        require(FieldForm.REFERENCE, "localReference", change.localReference());
        require(FieldForm.REFERENCE, "orderReference", change.orderReference());
        if (change.orderHeldBy() != null) {
            require(FieldForm.MEMBER_CODE, "orderHeldBy", change.orderHeldBy());
        }
        requireContact(change.offenderManager());
        requireIdentifiable("subject", change.subject());
        if (change.kind() == CircumstanceChangeKind.NEW_PARTNER) {
            if (change.newPartner() == null) {
                throw missing("newPartner");
            }
            requireIdentifiable("newPartner", change.newPartner());
        }
        boolean travel = change.kind() == CircumstanceChangeKind.PLANNED_TRAVEL;
        String field = travel ? "travelPostcode" : "subject.postcode";
        String postcode = travel ? change.travelPostcode() : change.subject().postcode();
        if (postcode == null || postcode.isBlank()) {
            if (travel || change.kind() == CircumstanceChangeKind.NEW_ADDRESS) {
                throw missing(field);
            }
            return new Checked(null);
        }
        String district = PostcodeDistricts.districtOf(postcode)
                .orElseThrow(() -> new CircumstanceChangeRefusedException(
                        CircumstanceChangeRefusedException.POSTCODE_INVALID,
                        field,
                        "must be a UK postcode such as CM2 9XX, or its district"));
        if (areas.of(district).isEmpty()) {
            throw new CircumstanceChangeRefusedException(
                    CircumstanceChangeRefusedException.POSTCODE_DISTRICT_UNKNOWN,
                    field,
                    "the postcode district is in no police force area this node knows");
        }
        return new Checked(district);
    }

    private static void requireIdentifiable(String field, LocalPerson person) {
        try {
            LocalPeople.requireIdentifiable(person);
        } catch (RejectedRecordException e) {
            throw new CircumstanceChangeRefusedException(e.reasonCode(), field, e.getMessage());
        }
    }

    private static void requireContact(Contact contact) {
        require(FieldForm.CONTACT_NAME, "offenderManager.name", contact.name());
        if (contact.phone() != null) {
            require(FieldForm.PHONE, "offenderManager.phone", contact.phone());
        }
        if (contact.email() != null) {
            require(FieldForm.EMAIL, "offenderManager.email", contact.email());
        }
    }

    private static void require(FieldForm form, String field, String value) {
        if (value == null) {
            throw missing(field);
        }
        form.problemWith(value).ifPresent(problem -> {
            throw new CircumstanceChangeRefusedException(
                    problem.name(),
                    field,
                    problem == FieldForm.Problem.VALUE_TOO_LONG
                            ? "is longer than " + form.maxLength() + " characters"
                            : "is not of the form the federation carries (" + form.name() + ")");
        });
    }

    private static CircumstanceChangeRefusedException missing(String field) {
        return new CircumstanceChangeRefusedException(
                CircumstanceChangeRefusedException.FIELD_MISSING, field, "is required");
    }
}
