package org.crossflag.gateway.disclosures.lookups;

import org.crossflag.gateway.disclosures.applications.ForceState;
import org.crossflag.gateway.lookup.PeerState;
import org.crossflag.gateway.lookup.PeerStatus;

/**
 * Where one force stands, for the officer, from its two lookup statuses. A force that refused step 1 or stayed
 * silent past its deadline is not reachable (it said nothing of its records); REFUSED is kept for a force that
 * reported a hit and then would not release.
 */
public final class ForceStates {

    private ForceStates() {}

    public static ForceState of(ForceRepository.ForceRow row) {
        PeerStatus check = row.check().status();
        if (check == PeerStatus.ASKED) {
            return ForceState.ASKED;
        }
        if (!check.hasAnswered()) {
            return ForceState.NOT_REACHABLE;
        }
        if (!row.hit()) {
            return ForceState.NO_HIT;
        }
        PeerState request = row.request();
        if (request == null) {
            return ForceState.HIT;
        }
        return switch (request.status()) {
            case ASKED, NO_ANSWER_IN_TIME -> ForceState.REQUESTED;
            case ANSWERED, ANSWERED_LATE -> ForceState.ANSWERED;
            case REFUSED -> ForceState.REFUSED;
        };
    }

    /** The force's reason code for a refusal of either step, or null. */
    public static String reasonCode(ForceRepository.ForceRow row) {
        if (row.request() != null && row.request().reasonCode() != null) {
            return row.request().reasonCode();
        }
        return row.check().reasonCode();
    }
}
