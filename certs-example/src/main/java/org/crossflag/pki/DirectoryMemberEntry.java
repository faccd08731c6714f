package org.crossflag.pki;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One member of the signed federation directory. Fingerprints are lowercase hex SHA-256 of certificate DER.
 * {@code onsForceCode} is the ONS GSS code of the police force area the member covers (e.g. Essex E23000028), or
 * null; changes of circumstance are routed to it by postcode district.
 */
@JsonPropertyOrder({
    "code",
    "displayName",
    "kind",
    "endpoint",
    "tlsCertificateSha256",
    "signingCertificateSha256",
    "onsForceCode",
    "messageTypes"
})
public record DirectoryMemberEntry(
        String code,
        String displayName,
        Kind kind,
        String endpoint,
        List<String> tlsCertificateSha256,
        List<String> signingCertificateSha256,
        List<String> messageTypes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String onsForceCode) {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
    /** As directory.schema.json has it. */
    static final Pattern ONS_FORCE_CODE = Pattern.compile("[ENSW][0-9]{8}");

    public enum Kind {
        POLICE,
        PARTNER_AGENCY
    }

    public DirectoryMemberEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        tlsCertificateSha256 = fingerprints(tlsCertificateSha256, "tlsCertificateSha256");
        signingCertificateSha256 = fingerprints(signingCertificateSha256, "signingCertificateSha256");
        messageTypes = List.copyOf(messageTypes);
        if (onsForceCode != null && !ONS_FORCE_CODE.matcher(onsForceCode).matches()) {
            throw new IllegalArgumentException("onsForceCode is not an ONS police force area code: " + onsForceCode);
        }
    }

    /** A member without an ONS force code. */
    public DirectoryMemberEntry(
            String code,
            String displayName,
            Kind kind,
            String endpoint,
            List<String> tlsCertificateSha256,
            List<String> signingCertificateSha256,
            List<String> messageTypes) {
        this(code, displayName, kind, endpoint, tlsCertificateSha256, signingCertificateSha256, messageTypes, null);
    }

    /** The same member covering the police force area with this ONS code (null for none). */
    public DirectoryMemberEntry withOnsForceCode(String onsForceCode) {
        return new DirectoryMemberEntry(
                code,
                displayName,
                kind,
                endpoint,
                tlsCertificateSha256,
                signingCertificateSha256,
                messageTypes,
                onsForceCode);
    }

    private static List<String> fingerprints(List<String> values, String field) {
        List<String> copy = List.copyOf(values);
        for (String value : copy) {
            if (!FINGERPRINT.matcher(value).matches()) {
                throw new IllegalArgumentException(field + " is not lowercase hex SHA-256: " + value);
            }
        }
        return copy;
    }
}
