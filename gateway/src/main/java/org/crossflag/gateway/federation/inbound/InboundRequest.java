package org.crossflag.gateway.federation.inbound;

import java.security.cert.X509Certificate;

/** What arrived on the wire, before any of it is trusted. */
public record InboundRequest(
        byte[] body,
        String contentType,
        X509Certificate clientCertificate,
        String signature,
        String signingCertificate) {}
