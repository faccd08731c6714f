package org.crossflag.gateway.hearings.alerts;

import java.util.Optional;
import java.util.regex.Pattern;

import org.crossflag.gateway.hearings.records.Amendment;

/**
 * Which status may follow which, and what is refused with which reason code. Only a possible match under REVIEW
 * may be reviewed: the same person makes it OPEN and tells the holding force (as a match would have), someone else
 * closes it as NOT_SAME_PERSON and tells no one. Only an OPEN alert may be acknowledged, with an upper-case action
 * code and a note of at most {@value #MAX_NOTE_LENGTH} characters. Who may do either is the local API's to decide:
 * every coordinator role may. A WITHDRAWN alert is neither under review nor open, so it may be
 * neither reviewed nor acknowledged.
 */
final class AlertTransitions {

    static final int MAX_NOTE_LENGTH = 2000;
    private static final Pattern ACTION_CODE = Pattern.compile("[A-Z][A-Z_]{2,39}");

    private AlertTransitions() {}

    /** Where a review leaves an alert, and whether the holding force is told now. */
    record Reviewed(AlertStatus status, boolean tellsHolder) {}

    /** @throws Alerts.AlertStateException ALERT_NOT_UNDER_REVIEW unless the alert is under REVIEW */
    static Reviewed review(String alertId, AlertStatus current, boolean samePerson) {
        if (current != AlertStatus.REVIEW) {
            throw new Alerts.AlertStateException("ALERT_NOT_UNDER_REVIEW", "alert " + alertId + " is " + current);
        }
        return samePerson ? new Reviewed(AlertStatus.OPEN, true) : new Reviewed(AlertStatus.NOT_SAME_PERSON, false);
    }

    /**
     * Checked before the alert is read, so a malformed request costs no lock.
     *
     * @throws Alerts.AlertStateException ACTION_CODE_INVALID or ACTION_NOTE_TOO_LONG
     */
    static void checkAction(String actionCode, String note) {
        if (actionCode == null || !ACTION_CODE.matcher(actionCode).matches()) {
            throw new Alerts.AlertStateException(
                    "ACTION_CODE_INVALID", "actionCode must be an upper-case code such as CONTACTED_HOLDING_FORCE");
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new Alerts.AlertStateException(
                    "ACTION_NOTE_TOO_LONG", "note must be at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    /** @throws Alerts.AlertStateException ALERT_NOT_OPEN unless the alert is OPEN */
    static AlertStatus acknowledge(String alertId, AlertStatus current) {
        if (current != AlertStatus.OPEN) {
            throw new Alerts.AlertStateException("ALERT_NOT_OPEN", "alert " + alertId + " is " + current);
        }
        return AlertStatus.ACKNOWLEDGED;
    }

    /**
     * Where an amendment of the record behind an alert leaves it: a withdrawal or purge makes it WITHDRAWN whatever it
     * was; a correction keeps its status (the alert shows the corrected fields and the date). A WITHDRAWN alert stays
     * as it is: empty, nothing changes.
     */
    static Optional<AlertStatus> amend(AlertStatus current, Amendment amendment) {
        if (current == AlertStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return Optional.of(amendment.ends() ? AlertStatus.WITHDRAWN : current);
    }
}
