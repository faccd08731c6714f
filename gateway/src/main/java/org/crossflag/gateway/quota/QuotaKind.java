package org.crossflag.gateway.quota;

/** What a quota counts. The name is audited as a reason code and tags the refusals metric. */
public enum QuotaKind {
    /** PriorHearingQuery messages from one peer. */
    PEER_QUERIES,
    /** PriorHearingAnswer messages (each part counts) from one peer. */
    PEER_ANSWERS,
    /** CrossAreaAlert messages from one peer. */
    PEER_ALERTS,
    /** Queries one officer starts through the officers' API. */
    OFFICER_QUERIES
}
