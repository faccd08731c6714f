package org.crossflag.gateway.federation.directory;

import java.util.Set;

import org.crossflag.gateway.federation.envelope.MessageType;

/**
 * One member of the federation as the signed directory lists it.
 *
 * @param onsForceCode the ONS code of the police force area the member covers (e.g. E23000028), or null
 */
public record DirectoryMember(
        String code,
        String displayName,
        MemberKind kind,
        String endpoint,
        Set<String> tlsCertificateSha256,
        Set<String> signingCertificateSha256,
        Set<String> messageTypes,
        String onsForceCode) {

    public DirectoryMember {
        tlsCertificateSha256 = Set.copyOf(tlsCertificateSha256);
        signingCertificateSha256 = Set.copyOf(signingCertificateSha256);
        messageTypes = Set.copyOf(messageTypes);
        endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }

    /** A member that names no police force area. */
    public DirectoryMember(
            String code,
            String displayName,
            MemberKind kind,
            String endpoint,
            Set<String> tlsCertificateSha256,
            Set<String> signingCertificateSha256,
            Set<String> messageTypes) {
        this(code, displayName, kind, endpoint, tlsCertificateSha256, signingCertificateSha256, messageTypes, null);
    }

    public boolean takesPartIn(MessageType messageType) {
        return messageTypes.contains(messageType.wire());
    }
}
