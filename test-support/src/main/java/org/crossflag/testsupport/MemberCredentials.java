package org.crossflag.testsupport;

import org.crossflag.pki.Credential;

/** A member's pair of federation credentials: one for mutual TLS, one for signing messages. */
public record MemberCredentials(String code, Credential tls, Credential signing) {}
