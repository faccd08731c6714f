package org.crossflag.gateway.federation;

import java.security.cert.X509Certificate;

/** What arrived on the wire, before any of it is trusted. */
public record InboundRequest(
        byte[] body,
        String contentType,
        X509Certificate clientCertificate,
        String signature,
        String signingCertificate) {

    /** HTTP header carrying the base64 raw Ed25519 signature over the exact body bytes. */
    public static final String SIGNATURE_HEADER = "Crossflag-Signature";
    /** HTTP header carrying the base64 DER signing certificate of the sending node. */
    public static final String SIGNING_CERTIFICATE_HEADER = "Crossflag-Signing-Certificate";
}
