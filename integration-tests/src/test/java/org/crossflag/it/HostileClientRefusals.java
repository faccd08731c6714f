package org.crossflag.it;

import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.FixtureCases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the hostile client sends for one refusal fixture under {@code refusals/hostile-client}: a valid envelope from
 * Essex to Suffolk, then the fixture's changes. Fields (all optional but the description and expectations):
 * <ul>
 *   <li>{@code client}: the TLS identity, a member code (default GB-ESX) or revoked;</li>
 *   <li>{@code signer}: a member code (default: the client's), rogue, revoked, expired, or none for no signature
 *       headers;</li>
 *   <li>{@code envelope} with {@code set} and {@code remove}; {@code times} with {@code created} and
 *       {@code expires} as ISO durations from now; {@code padPayload}, characters added to the payload; or a
 *       {@code body} in place of the envelope;</li>
 *   <li>{@code mutation}: change-byte-after-signing; {@code transport}: chunked (no Content-Length).</li>
 * </ul>
 */
final class HostileClientRefusals {

    static final String FOLDER = "refusals/hostile-client";
    static final Set<String> FIELDS = Set.of(
            "description",
            "client",
            "signer",
            "envelope",
            "times",
            "padPayload",
            "body",
            "mutation",
            "transport",
            "expectedReason",
            "expectedStatus");

    private final TestPki pki;

    HostileClientRefusals(TestPki pki) {
        this.pki = pki;
    }

    /** The call that sends the fixture's request to {@code uri}. */
    FederationExchangeTests.Call call(FixtureCases.Case fixtureCase, URI uri) throws Exception {
        JsonNode json = fixtureCase.json();
        String clientName = json.path("client").asText(ESSEX);
        FederationTestClient client = new FederationTestClient(tls(clientName), pki.caCertificate());
        Credential signer = signing(json.path("signer").asText(clientName));
        byte[] body = body(json);
        if (json.path("transport").asText("content-length").equals("chunked")) {
            return () -> client.sendChunked(uri, body, signer);
        }
        if (signer == null) {
            return () -> client.send(uri, body, "application/json", Map.of());
        }
        switch (json.path("mutation").asText("none")) {
            case "none" -> {
                return () -> client.sendSigned(uri, body, signer);
            }
            case "change-byte-after-signing" -> {
                String signature =
                        Base64.getEncoder().encodeToString(FederationPki.signEd25519(signer.privateKey(), body));
                byte[] changed = body.clone();
                changed[changed.length - 3] = (byte) (changed[changed.length - 3] == '1' ? '2' : '1');
                String certificate =
                        Base64.getEncoder().encodeToString(signer.certificate().getEncoded());
                return () -> client.send(
                        uri,
                        changed,
                        "application/json",
                        Map.of("Crossflag-Signature", signature, "Crossflag-Signing-Certificate", certificate));
            }
            default -> throw new IllegalStateException(fixtureCase.name() + ": unknown mutation");
        }
    }

    private static byte[] body(JsonNode json) throws Exception {
        if (json.has("body")) {
            return json.get("body").asText().getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode envelope = TestEnvelopes.valid(ESSEX, SUFFOLK);
        JsonNode changes = json.path("envelope");
        changes.path("set").fields().forEachRemaining(field -> envelope.set(field.getKey(), field.getValue()));
        changes.path("remove").forEach(field -> envelope.remove(field.asText()));
        Instant now = Instant.now();
        json.path("times")
                .fields()
                .forEachRemaining(time -> envelope.put(
                        time.getKey(),
                        now.plus(Duration.parse(time.getValue().asText())).toString()));
        if (json.has("padPayload")) {
            envelope.with("payload")
                    .put("padding", "x".repeat(json.get("padPayload").asInt()));
        }
        return TestEnvelopes.bytes(envelope);
    }

    private Credential tls(String name) {
        Credential credential = name.equals("revoked") ? pki.revokedTls : pki.tls.get(name);
        if (credential == null) {
            throw new IllegalStateException("no TLS identity " + name);
        }
        return credential;
    }

    private Credential signing(String name) {
        Credential credential = switch (name) {
            case "none" -> null;
            case "rogue" -> pki.rogueSigning;
            case "revoked" -> pki.revokedSigning;
            case "expired" -> pki.expiredSigning;
            default -> pki.signing.get(name);
        };
        if (credential == null && !name.equals("none")) {
            throw new IllegalStateException("no signing identity " + name);
        }
        return credential;
    }
}
