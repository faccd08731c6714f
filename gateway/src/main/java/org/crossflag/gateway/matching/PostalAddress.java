package org.crossflag.gateway.matching;

/** A last-known address: the postcode and the first line ("12 Acacia Avenue"). Either may be null. */
public record PostalAddress(String postcode, String firstLine) {}
