package org.crossflag.gateway.matching;

/** How a candidate compares with a query, from its score and the force's {@link MatchThresholds}. */
public enum MatchBand {
    /** The same person, with the confidence the force asked for: a prior-hearing flag may be raised. */
    MATCH,
    /** Perhaps the same person: worth a coordinator's look through a follow-up request, never an automatic flag. */
    POSSIBLE_MATCH,
    NO_MATCH
}
