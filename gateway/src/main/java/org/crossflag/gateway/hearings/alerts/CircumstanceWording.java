package org.crossflag.gateway.hearings.alerts;

import org.crossflag.adapter.CircumstanceChangeKind;

/**
 * The words of a change-of-circumstance alert: what changed and where (the postcode district only), under which
 * order, whether this force's panels know the person, and whether the notification was late (possible
 * non-compliance). No name, date of birth or address. Every value goes through PushText, as in every pushed alert.
 */
final class CircumstanceWording {

    static final String POSSIBLE_NON_COMPLIANCE =
            "Possible non-compliance: the change was notified after the notification deadline.";

    private CircumstanceWording() {}

    static String summary(CircumstanceNotice notice, String notifiedBy) {
        StringBuilder text = new StringBuilder();
        text.append("A person under a ")
                .append(line(notice.orderType().wire()))
                .append(" (order ref ")
                .append(line(notice.orderReference()))
                .append(", held by ")
                .append(line(notice.orderHeldBy()))
                .append(") notified ")
                .append(line(notifiedBy))
                .append(" on ")
                .append(line(notice.notifiedOn()))
                .append(" of ")
                .append(what(notice.changeKind()));
        if (notice.newDistrict() != null) {
            text.append(notice.changeKind() == CircumstanceChangeKind.PLANNED_TRAVEL ? " to " : " in ")
                    .append("postcode district ")
                    .append(line(notice.newDistrict()));
        }
        text.append(", from ").append(line(notice.changedOn())).append(".\n");
        text.append(panels(notice.knownToPanels())).append("\n");
        text.append(
                notice.possibleNonCompliance()
                        ? POSSIBLE_NON_COMPLIANCE
                        : "Notified within the notification deadline.");
        text.append("\nReview it in the inbox.\n");
        return text.toString();
    }

    static String what(CircumstanceChangeKind kind) {
        return switch (kind) {
            case NEW_ADDRESS -> "a new home address";
            case NEW_NAME -> "a new name";
            case NEW_PARTNER -> "a new partner";
            case PLANNED_TRAVEL -> "planned travel";
        };
    }

    static String panels(CircumstanceNotice.PanelKnowledge knowledge) {
        return switch (knowledge) {
            case HEARD -> "This force's panels heard the person.";
            case POSSIBLY_HEARD -> "This force's panels may have heard the person (possible match).";
            case NOT_HEARD -> "This force's panels have not heard the person.";
            case NOT_CHECKED -> "This force's panels could not be checked (no matching key).";
        };
    }

    private static String line(Object value) {
        return PushText.line(value);
    }
}
