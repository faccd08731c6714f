package org.crossflag.gateway.hearings.amendments;

import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.queries.QueryRepository;
import org.crossflag.gateway.hearings.records.Amendment;

/**
 * Whether a RecordAmendment may change anything here: only the force that issued a hit may amend it, and only a
 * referral's own force may withdraw what it told us. Every hit named must pass, or nothing changes; any failure gets
 * one and the same refusal, so a sender learns nothing about hits it did not issue or receive.
 */
final class AmendmentAcceptance {

    static final String REFUSAL_REASON = "HIT_NOT_RECOGNISED";
    static final String REFUSAL_DETAIL = "a hit named is not one the sender issued or was issued in this query";

    private AmendmentAcceptance() {}

    /**
     * A hearing amended at the holding force: each hit must have been received here, in the query the message is
     * about, from the sender.
     *
     * @param received the stored hit of each id named, in the message's query
     */
    static boolean acceptsHearingAmendment(List<Optional<QueryRepository.ReceivedHit>> received, String sender) {
        return !received.isEmpty()
                && received.stream()
                        .allMatch(hit -> hit.isPresent() && hit.get().holder().equals(sender));
    }

    /**
     * A referral withdrawn at the referring force: each hit must be one this node issued to the sender, in the query
     * the message is about.
     *
     * @param issued the issued hit of each id named
     */
    static boolean acceptsReferralAmendment(
            List<Optional<IssuedHitRepository.IssuedHit>> issued, String sender, String correlationId) {
        return !issued.isEmpty()
                && issued.stream()
                        .allMatch(hit -> hit.isPresent()
                                && hit.get().recipient().equals(sender)
                                && hit.get().queryId().equals(correlationId));
    }

    /** A hit withdrawn or purged stays so: a later correction or a repeat changes nothing. */
    static boolean changesHit(Amendment previous) {
        return previous == null || !previous.ends();
    }
}
