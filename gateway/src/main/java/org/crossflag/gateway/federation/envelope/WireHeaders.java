package org.crossflag.gateway.federation.envelope;

/** The HTTP headers that carry a message's signature between nodes, in both directions. */
public final class WireHeaders {

    /** The base64 raw Ed25519 signature over the exact body bytes. */
    public static final String SIGNATURE = "Crossflag-Signature";
    /** The base64 DER signing certificate of the sending node. */
    public static final String SIGNING_CERTIFICATE = "Crossflag-Signing-Certificate";

    private WireHeaders() {}
}
