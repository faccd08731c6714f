package org.crossflag.gateway.hearings.alerts;

import java.time.Instant;
import java.util.Optional;

import org.crossflag.adapter.Forum;
import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.records.HearingRepository;

/**
 * Whether a CrossAreaAlert may open an alert here: only for a live hit this node issued to the sender, in the
 * query the hit answered, about the hearing the hit named. Anything else gets one and the same refusal, so a
 * sender learns nothing about which hits, hearings or references exist.
 */
final class AlertAcceptance {

    static final String REFUSAL_REASON = "HIT_NOT_RECOGNISED";
    static final String REFUSAL_DETAIL = "this node issued no live hit to the sender that this alert could be about";

    private AlertAcceptance() {}

    /**
     * @param hit     the issued hit with the alert's hitId, if any
     * @param hearing the hearing that hit was about, if it still exists
     */
    static boolean accepts(
            Optional<IssuedHitRepository.IssuedHit> hit,
            Optional<HearingRepository.StoredHearing> hearing,
            String sender,
            String correlationId,
            Forum heardForum,
            String heardReference,
            Instant now) {
        if (hit.isEmpty() || hearing.isEmpty()) {
            return false;
        }
        IssuedHitRepository.IssuedHit issued = hit.get();
        return issued.recipient().equals(sender)
                && issued.queryId().equals(correlationId)
                && now.isBefore(issued.expiresAt())
                && issued.hearingId().equals(hearing.get().hearingId())
                && hearing.get().forum() == heardForum
                && hearing.get().reference().equals(heardReference);
    }
}
