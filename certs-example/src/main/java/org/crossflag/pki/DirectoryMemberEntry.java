package org.crossflag.pki;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One member of the signed federation directory. Fingerprints are lowercase hex SHA-256 of certificate DER. */
@JsonPropertyOrder({
    "code",
    "displayName",
    "kind",
    "endpoint",
    "tlsCertificateSha256",
    "signingCertificateSha256",
    "messageTypes"
})
public record DirectoryMemberEntry(
        String code,
        String displayName,
        Kind kind,
        String endpoint,
        List<String> tlsCertificateSha256,
        List<String> signingCertificateSha256,
        List<String> messageTypes) {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

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
