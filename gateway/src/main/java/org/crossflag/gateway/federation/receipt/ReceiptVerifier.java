package org.crossflag.gateway.federation.receipt;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Set;

import org.crossflag.gateway.crypto.CertificateStatus;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.Fingerprints;
import org.crossflag.gateway.crypto.PeerCertificates;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

/**
 * Decides whether a receipt proves delivery: signed by the recipient's signing key as the directory lists
 * it, that certificate trusted and unrevoked, the receipt well-formed, and bound to exactly the bytes sent.
 */
public final class ReceiptVerifier {

    private final DirectoryService directory;
    private final FederationTrust trust;
    private final SignatureVerifier signatures;
    private final PeerCertificates peerCertificates = new PeerCertificates();
    private final ObjectMapper mapper = EnvelopeCodec.federationMapper();
    private final JsonSchema schema = EnvelopeCodec.loadSchema(EnvelopeCodec.RECEIPT_SCHEMA);

    public ReceiptVerifier(DirectoryService directory, FederationTrust trust, SignatureVerifier signatures) {
        this.directory = directory;
        this.trust = trust;
        this.signatures = signatures;
    }

    /**
     * Returns the verified receipt, or throws {@link InvalidReceiptException} saying why it proves nothing.
     *
     * @param recipient the member the message was sent to
     * @param messageId the id of the message sent
     * @param sentBytes the exact bytes that were sent
     */
    public SignedReceipt verify(
            String recipient,
            String messageId,
            byte[] sentBytes,
            byte[] receiptBytes,
            byte[] signature,
            String signingCertificate) {
        if (receiptBytes == null || receiptBytes.length == 0 || signature == null || signingCertificate == null) {
            throw new InvalidReceiptException("RECEIPT_MISSING");
        }
        PeerCertificates.PeerCertificate signer = peerCertificates.decode(signingCertificate);
        X509Certificate certificate = signer.certificate();
        if (certificate == null) {
            throw new InvalidReceiptException("RECEIPT_SIGNATURE_INVALID");
        }
        CertificateStatus status = trust.check(certificate);
        if (status != CertificateStatus.VALID) {
            throw new InvalidReceiptException("RECEIPT_CERTIFICATE_" + status.name());
        }
        Set<String> recipientKeys = directory
                .requireCurrent()
                .member(recipient)
                .map(DirectoryMember::signingCertificateSha256)
                .orElse(Set.of());
        if (!recipientKeys.contains(signer.sha256())) {
            throw new InvalidReceiptException("RECEIPT_SIGNER_NOT_RECIPIENT");
        }
        if (!signatures.verify(certificate, receiptBytes, signature)) {
            throw new InvalidReceiptException("RECEIPT_SIGNATURE_INVALID");
        }
        Receipt receipt = parse(receiptBytes);
        if (!receipt.messageId().equals(messageId)
                || !receipt.receiver().equals(recipient)
                || !receipt.messageSha256().equals(Fingerprints.sha256(sentBytes))) {
            throw new InvalidReceiptException("RECEIPT_NOT_FOR_THIS_MESSAGE");
        }
        return new SignedReceipt(receipt, receiptBytes, signature, signingCertificate);
    }

    private Receipt parse(byte[] bytes) {
        try {
            JsonNode tree = mapper.readTree(bytes);
            Set<ValidationMessage> problems = tree == null ? Set.of() : schema.validate(tree);
            if (tree == null || !problems.isEmpty()) {
                throw new InvalidReceiptException("RECEIPT_SCHEMA_INVALID");
            }
            return mapper.treeToValue(tree, Receipt.class);
        } catch (IOException e) {
            throw new InvalidReceiptException("RECEIPT_SCHEMA_INVALID");
        }
    }
}
