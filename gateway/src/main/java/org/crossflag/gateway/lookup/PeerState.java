package org.crossflag.gateway.lookup;

import java.util.Objects;

/**
 * One peer of a federated lookup and what became of it.
 *
 * @param reasonCode why the peer refused or could not answer; null unless {@link PeerStatus#REFUSED}
 */
public record PeerState(String peer, PeerStatus status, String reasonCode) {

    public PeerState {
        Objects.requireNonNull(peer);
        Objects.requireNonNull(status);
    }

    public static PeerState asked(String peer) {
        return new PeerState(peer, PeerStatus.ASKED, null);
    }

    /** The peer and its reason, as results list refusals: {@code GB-ESX (POLICY_NO_AGREEMENT)}. */
    public String withReason() {
        return peer + " (" + reasonCode + ")";
    }
}
