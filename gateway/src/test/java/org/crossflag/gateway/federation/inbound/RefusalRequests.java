package org.crossflag.gateway.federation.inbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.envelope.WireHeaders;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.FixtureCases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the {@link InboundRequest} a refusal fixture describes: a valid message from the peer to this node, then the
 * changes the fixture names. Fields (all optional but the description and expectations):
 * <ul>
 *   <li>{@code tls}: the TLS client certificate: peer (default), self, none, peer-other-ca, peer-expired,
 *       peer-not-yet-valid;</li>
 *   <li>{@code signer}: whose key signs and whose certificate goes in the header: peer (default), self,
 *       peer-other-ca, peer-expired, peer-not-yet-valid, peer-unlisted; {@code signedBy} and
 *       {@code signingCertificate} (also peer-tls) override one of the two;</li>
 *   <li>{@code contentType} (null for none); {@code envelope} with {@code set} and {@code remove}; {@code times}
 *       with {@code created} and {@code expires} as ISO durations from the clock's now; or a {@code body} or
 *       {@code bodyFile} in place of the envelope;</li>
 *   <li>{@code mutation}: sign-another-envelope, sign-other-bytes, append-newline-after-signing;</li>
 *   <li>{@code headers}: wire headers replaced after signing, null to leave one out.</li>
 * </ul>
 */
final class RefusalRequests {

    static final Set<String> FIELDS = Set.of(
            "description",
            "tls",
            "signer",
            "signedBy",
            "signingCertificate",
            "contentType",
            "envelope",
            "times",
            "body",
            "bodyFile",
            "mutation",
            "headers",
            "expectedReason",
            "expectedStatus",
            "expectedSender",
            "expectedMessageId");

    private final NodeFixture fixture;
    private final EnvelopeCodec codec;
    private final Instant now;
    private Credential otherCa;

    RefusalRequests(NodeFixture fixture, EnvelopeCodec codec) {
        this.fixture = fixture;
        this.codec = codec;
        this.now = fixture.now;
    }

    InboundRequest request(FixtureCases.Case fixtureCase) {
        JsonNode json = fixtureCase.json();
        byte[] body = body(fixtureCase);
        Credential signer = signing(text(json, "signer", "peer"));
        Credential signedBy =
                json.has("signedBy") ? signing(json.get("signedBy").asText()) : signer;
        X509Certificate headerCertificate = json.has("signingCertificate")
                ? certificate(json.get("signingCertificate").asText())
                : signer.certificate();
        String mutation = text(json, "mutation", "none");
        byte[] signedBytes = switch (mutation) {
            case "none", "append-newline-after-signing" -> body;
            case "sign-another-envelope" ->
                envelope(tree -> tree.put("messageId", UUID.randomUUID().toString()));
            case "sign-other-bytes" -> "other".getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalStateException(fixtureCase.name() + ": unknown mutation " + mutation);
        };
        if (mutation.equals("append-newline-after-signing")) {
            body = (new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        String signature =
                Base64.getEncoder().encodeToString(FederationPki.signEd25519(signedBy.privateKey(), signedBytes));
        String certificate = base64(headerCertificate);
        JsonNode headers = json.path("headers");
        for (Iterator<Map.Entry<String, JsonNode>> fields = headers.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> header = fields.next();
            String value = header.getValue().isNull() ? null : header.getValue().asText();
            switch (header.getKey()) {
                case WireHeaders.SIGNATURE -> signature = value;
                case WireHeaders.SIGNING_CERTIFICATE -> certificate = value;
                default -> throw new IllegalStateException(fixtureCase.name() + ": unknown header " + header.getKey());
            }
        }
        String contentType = json.has("contentType") ? nullable(json.get("contentType")) : "application/json";
        return new InboundRequest(body, contentType, tls(text(json, "tls", "peer")), signature, certificate);
    }

    private byte[] body(FixtureCases.Case fixtureCase) {
        JsonNode json = fixtureCase.json();
        if (json.has("body")) {
            return json.get("body").asText().getBytes(StandardCharsets.UTF_8);
        }
        if (json.has("bodyFile")) {
            try {
                return Files.readAllBytes(
                        fixtureCase.sibling(json.get("bodyFile").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return envelope(tree -> {
            JsonNode changes = json.path("envelope");
            changes.path("set").fields().forEachRemaining(field -> tree.set(field.getKey(), field.getValue()));
            changes.path("remove").forEach(field -> tree.remove(field.asText()));
            json.path("times")
                    .fields()
                    .forEachRemaining(time -> tree.put(
                            time.getKey(),
                            now.plus(Duration.parse(time.getValue().asText())).toString()));
        });
    }

    /** A valid envelope from the peer to this node, changed by {@code change}, as bytes. */
    byte[] envelope(java.util.function.Consumer<ObjectNode> change) {
        Envelope envelope = new Envelope(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                1L,
                MessageType.EXCHANGE_TEST,
                NodeFixture.PEER,
                NodeFixture.SELF,
                now.minusSeconds(5),
                now.plus(Duration.ofHours(1)),
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("kt.officer-0042", RequesterRole.MARAC_COORDINATOR),
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG),
                codec.mapper().createObjectNode().put("clk", "AAECAwQF"));
        ObjectNode tree = codec.mapper().valueToTree(envelope);
        change.accept(tree);
        try {
            return codec.mapper().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private X509Certificate tls(String name) {
        return switch (name) {
            case "none" -> null;
            case "peer" -> fixture.peerTls.certificate();
            case "self" -> fixture.selfTls.certificate();
            case "peer-other-ca" ->
                FederationPki.issueTlsCredential(
                                otherCa(),
                                NodeFixture.PEER,
                                now.minus(Duration.ofHours(1)),
                                now.plus(Duration.ofDays(10)))
                        .certificate();
            case "peer-expired" ->
                FederationPki.issueTlsCredential(
                                fixture.ca,
                                NodeFixture.PEER,
                                now.minus(Duration.ofDays(10)),
                                now.minus(Duration.ofDays(1)))
                        .certificate();
            case "peer-not-yet-valid" ->
                FederationPki.issueTlsCredential(
                                fixture.ca,
                                NodeFixture.PEER,
                                now.plus(Duration.ofDays(1)),
                                now.plus(Duration.ofDays(10)))
                        .certificate();
            default -> throw new IllegalStateException("unknown TLS credential " + name);
        };
    }

    private Credential signing(String name) {
        return switch (name) {
            case "peer" -> fixture.peerSigning;
            case "self" -> fixture.selfSigning;
            case "peer-other-ca" ->
                FederationPki.issueSigningCredential(
                        otherCa(), NodeFixture.PEER, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10)));
            case "peer-expired" ->
                FederationPki.issueSigningCredential(
                        fixture.ca, NodeFixture.PEER, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
            case "peer-not-yet-valid" ->
                FederationPki.issueSigningCredential(
                        fixture.ca, NodeFixture.PEER, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)));
            case "peer-unlisted" ->
                FederationPki.issueSigningCredential(
                        fixture.ca, NodeFixture.PEER, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10)));
            default -> throw new IllegalStateException("unknown signing credential " + name);
        };
    }

    private X509Certificate certificate(String name) {
        return name.equals("peer-tls")
                ? fixture.peerTls.certificate()
                : signing(name).certificate();
    }

    /** A root CA of the same name as the federation's, but another key. */
    private Credential otherCa() {
        if (otherCa == null) {
            otherCa = FederationPki.createRootCa(
                    "Fixture Root CA", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10)));
        }
        return otherCa;
    }

    private static String text(JsonNode json, String field, String otherwise) {
        return json.has(field) ? json.get(field).asText() : otherwise;
    }

    private static String nullable(JsonNode value) {
        return value.isNull() ? null : value.asText();
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
