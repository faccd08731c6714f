package org.crossflag.gateway.federation.envelope;

/** The paths a node serves to its peers, which the sending side names too. */
public final class WirePaths {

    /** Where a peer POSTs a signed envelope and gets its receipt back. */
    public static final String MESSAGES = "/federation/messages";

    private WirePaths() {}
}
