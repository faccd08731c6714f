package org.crossflag.gateway.hearings.victims;

/**
 * Decides whether two sightings are the same victim. The caller compares the sightings' per-query encodings; the
 * arguments are indexes into the list of sightings given to {@link SerialCount#of}, the smaller first.
 */
@FunctionalInterface
public interface SameVictim {

    boolean same(int first, int second);
}
