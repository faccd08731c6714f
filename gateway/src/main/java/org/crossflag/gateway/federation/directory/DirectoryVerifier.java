package org.crossflag.gateway.federation.directory;

import java.io.IOException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.crossflag.gateway.crypto.CertificateStatus;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;

/**
 * Checks a directory document before the node trusts it: the operator certificate chains to the federation
 * CA, is valid, unrevoked and marked for directory signing; the detached Ed25519 signature covers the exact
 * bytes; the content matches {@code directory.schema.json}; and the dates make sense.
 */
public final class DirectoryVerifier {

    /** Extended key usage the federation CA puts in operator certificates (an example private arc). */
    public static final String DIRECTORY_SIGNING_EKU = "1.3.6.1.4.1.55555.1.1";

    private final FederationTrust trust;
    private final X509Certificate operatorCertificate;
    private final SignatureVerifier signatures = new SignatureVerifier();
    private final ObjectMapper mapper = EnvelopeCodec.federationMapper();
    private final JsonSchema schema = EnvelopeCodec.loadSchema(EnvelopeCodec.DIRECTORY_SCHEMA);

    public DirectoryVerifier(FederationTrust trust, X509Certificate operatorCertificate) {
        this.trust = trust;
        this.operatorCertificate = operatorCertificate;
    }

    public FederationDirectory verify(byte[] document, byte[] signature) {
        CertificateStatus status = trust.check(operatorCertificate);
        if (status != CertificateStatus.VALID) {
            throw new DirectoryVerificationException("operator certificate is " + status);
        }
        if (!hasDirectorySigningUsage(operatorCertificate)) {
            throw new DirectoryVerificationException(
                    "operator certificate lacks the directory-signing extended key usage");
        }
        if (!signatures.verify(operatorCertificate, document, signature)) {
            throw new DirectoryVerificationException(
                    "directory signature does not verify with the operator certificate");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(document);
        } catch (IOException e) {
            throw new DirectoryVerificationException("directory is not well-formed JSON");
        }
        var problems = schema.validate(tree);
        if (!problems.isEmpty()) {
            throw new DirectoryVerificationException(
                    "directory fails its schema: " + problems.iterator().next().getMessage());
        }
        try {
            return toDirectory(tree);
        } catch (DirectoryVerificationException e) {
            throw e;
        } catch (RuntimeException e) {
            // e.g. a date that matches the schema's pattern but does not exist (30 February)
            throw new DirectoryVerificationException("directory content is invalid: " + e.getMessage(), e);
        }
    }

    private FederationDirectory toDirectory(JsonNode tree) {
        Instant issuedAt = Instant.parse(tree.get("issuedAt").asText());
        Instant expiresAt = Instant.parse(tree.get("expiresAt").asText());
        if (!expiresAt.isAfter(issuedAt)) {
            throw new DirectoryVerificationException("directory expires before it was issued");
        }
        List<DirectoryMember> members = new java.util.ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        for (JsonNode m : tree.get("members")) {
            String code = m.get("code").asText();
            if (!codes.add(code)) {
                throw new DirectoryVerificationException("directory lists member " + code + " twice");
            }
            MemberEndpoints.problem(m.get("endpoint").asText()).ifPresent(problem -> {
                throw new DirectoryVerificationException("directory member " + code + ": " + problem);
            });
            members.add(new DirectoryMember(
                    code,
                    m.get("displayName").asText(),
                    MemberKind.valueOf(m.get("kind").asText()),
                    m.get("endpoint").asText(),
                    texts(m.get("tlsCertificateSha256")),
                    texts(m.get("signingCertificateSha256")),
                    texts(m.get("messageTypes")),
                    m.hasNonNull("onsForceCode") ? m.get("onsForceCode").asText() : null));
        }
        return new FederationDirectory(
                tree.get("federation").asText(), tree.get("sequence").asLong(), issuedAt, expiresAt, members);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new java.util.HashSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static boolean hasDirectorySigningUsage(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages != null && usages.contains(DIRECTORY_SIGNING_EKU);
        } catch (CertificateParsingException e) {
            return false;
        }
    }
}
