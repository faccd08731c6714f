package org.crossflag.gateway.hearings.alerts;

import java.time.LocalDate;

import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.ProtectionOrderType;

/**
 * What a change-of-circumstance alert says: what changed, under which order, when, the new postcode district (never
 * the address), whether this force's panels know the person, and whether the notification came after its deadline.
 *
 * @param notificationId        the notifying force's id for the notification
 * @param orderHeldBy           the member holding the order
 * @param newDistrict           the postcode district of the new address or destination, or null
 * @param knownToPanels         whether this force's panels heard the person (its hearing index, blinded)
 * @param possibleNonCompliance notified after the deadline
 */
public record CircumstanceNotice(
        String notificationId,
        CircumstanceChangeKind changeKind,
        ProtectionOrderType orderType,
        String orderReference,
        String orderHeldBy,
        LocalDate changedOn,
        LocalDate notifiedOn,
        String newDistrict,
        PanelKnowledge knownToPanels,
        boolean possibleNonCompliance) {

    /** Whether this force's panels heard the person, as its own hearing index says. */
    public enum PanelKnowledge {
        /** A MATCH in the index. */
        HEARD,
        /** A POSSIBLE_MATCH: an officer must judge. */
        POSSIBLY_HEARD,
        NOT_HEARD,
        /** This node holds no matching key, or the encoding could not be read under one it accepts. */
        NOT_CHECKED
    }
}
