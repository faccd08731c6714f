package org.crossflag.gateway.quota;

/** What a quota counts. The name is audited as a reason code and tags the refusals metric. */
public enum QuotaKind {
    /** PriorHearingQuery messages from one peer. */
    PEER_QUERIES,
    /** PriorHearingAnswer messages (each part counts) from one peer. */
    PEER_ANSWERS,
    /** CrossAreaAlert messages from one peer. */
    PEER_ALERTS,
    /** CircumstanceChange messages from one peer (the peer-alerts limit, counted apart). */
    PEER_CIRCUMSTANCE_CHANGES,
    /** Queries one officer starts through the officers' API. */
    OFFICER_QUERIES,
    /**
     * Requests one officer makes to or from one member under one data-sharing agreement. The rule is the
     * agreement's own rate limit, from the policy file, not a {@code crossflag.quotas.*} setting.
     */
    AGREEMENT_REQUESTS;

    /** False for a quota whose rule each use brings with it (an agreement's rate limit). */
    boolean hasNodeRule() {
        return this != AGREEMENT_REQUESTS;
    }
}
