package org.crossflag.adapter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of circumstance notified by a person under a protection order. The node routes it to the force covering
 * the new address (found by postcode district) and to the force holding the order, and tracks the notification's
 * deadline.
 *
 * @param localReference    the notification's reference in the local system, unique per adapter
 * @param kind              what changed
 * @param orderType         DAPO or SPO
 * @param orderReference    the order's reference at the force holding it
 * @param orderHeldBy       the directory code of the force holding the order, or null when it is this force
 * @param changedOn         the date the change took effect (the notification is due within the deadline after it)
 * @param notifiedOn        the date the person notified the police
 * @param subject           the person under the order, with the new name or new address where that changed
 * @param newPartner        the new partner (for {@code NEW_PARTNER}), or null
 * @param travelPostcode    the destination's postcode (for {@code PLANNED_TRAVEL}), or null
 * @param offenderManager   who the other forces should call
 */
public record LocalCircumstanceChange(
        String localReference,
        CircumstanceChangeKind kind,
        ProtectionOrderType orderType,
        String orderReference,
        String orderHeldBy,
        LocalDate changedOn,
        LocalDate notifiedOn,
        LocalPerson subject,
        LocalPerson newPartner,
        String travelPostcode,
        Contact offenderManager) {

    public LocalCircumstanceChange {
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(changedOn, "changedOn");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(offenderManager, "offenderManager");
    }

    @Override
    public String toString() {
        return "LocalCircumstanceChange[" + localReference + ", " + kind + "]";
    }
}
