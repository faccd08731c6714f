package org.crossflag.gateway.evaluation;

import org.crossflag.gateway.matching.PersonIdentity;

/**
 * One record of a data set whose ground truth is a cluster label: records with the same cluster are the same
 * person.
 */
record ClusteredRecord(String id, String cluster, PersonIdentity person) {

    /** Whether the record has a given or a family name; the matching cannot hold or query a person without. */
    boolean hasName() {
        return !person.givenNames().isEmpty() || !person.familyNames().isEmpty();
    }
}
