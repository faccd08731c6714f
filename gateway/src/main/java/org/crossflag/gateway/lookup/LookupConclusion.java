package org.crossflag.gateway.lookup;

/**
 * What a federated lookup found, from the hits the peers reported and whether any peer was asked. None of these
 * is an assessment of risk; a result always names the peers that refused, could not answer or stayed silent.
 */
public enum LookupConclusion {
    /** At least one peer reported a record that matches. */
    MATCH_FOUND,
    /** Peers reported records that may match, none that surely does: a person reviews them first. */
    POSSIBLE_MATCH_FOUND,
    /**
     * No peer that answered holds a record. Speaks only for the peers that answered: it is never "no record
     * anywhere", since peers may have refused, failed or stayed silent.
     */
    NO_RECORD_HELD_BY_RESPONDING_FORCES,
    /** No peer could be asked: nothing is known beyond this node. */
    NO_FORCE_ASKED
}
