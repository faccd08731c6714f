package org.crossflag.gateway.matching;

/**
 * One of the node's own people that may be the person asked about.
 *
 * @param localId the force's own id of the indexed person
 * @param score   match probability from 0 to 1
 * @param weight  the Fellegi-Sunter match weight (log2 odds) behind the score, for audit and tuning
 * @param band    the band of the score under the thresholds the query used
 */
public record MatchCandidate(String localId, double score, double weight, MatchBand band) {}
