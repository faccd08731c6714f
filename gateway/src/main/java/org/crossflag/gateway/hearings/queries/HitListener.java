package org.crossflag.gateway.hearings.queries;

import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.hearings.records.HearingRepository;

/**
 * Told of each new hit for one of this node's referrals, in the transaction that stored it. The alerts package
 * listens; the query side does not know what an alert is.
 */
public interface HitListener {

    void onHit(String queryId, HearingRepository.StoredReferral referral, Hit hit, Envelope answer);
}
