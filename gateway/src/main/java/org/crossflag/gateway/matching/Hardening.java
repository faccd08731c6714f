package org.crossflag.gateway.matching;

/** A keyed transformation of a Bloom filter against frequency and pattern attacks; see {@link FilterField}. */
interface Hardening {

    long[] apply(long[] filter);
}
