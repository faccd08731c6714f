package org.crossflag.gateway.matching;

/** Receives tokens with their weight: the number of bits each sets in a Bloom filter. */
@FunctionalInterface
interface TokenSink {

    void add(String token, int weight);
}
