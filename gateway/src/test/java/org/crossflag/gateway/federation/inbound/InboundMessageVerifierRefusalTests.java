package org.crossflag.gateway.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.DirectorySource;
import org.crossflag.gateway.federation.directory.DirectoryVerifier;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.crossflag.testsupport.FixtureCases;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The verifier's refusals, one fixture file per case under {@code refusals/verifier} (see {@link RefusalRequests} for
 * the fields). Each case is refused with its reason code, whose HTTP status is the one the fixture expects, and
 * names the message and sender as the fixture says.
 */
class InboundMessageVerifierRefusalTests {

    static final String FOLDER = "refusals/verifier";
    static final Duration SKEW = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    NodeFixture fixture;
    final EnvelopeCodec codec = new EnvelopeCodec();
    InboundMessageVerifier verifier;
    RefusalRequests requests;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        MutableClock clock = MutableClock.stoppedAt(fixture.now);
        FederationTrust trust = fixture.trust(clock);
        DirectoryService directory = new DirectoryService(
                new DirectorySource("file:" + fixture.directoryJson(), null),
                new DirectoryVerifier(trust, fixture.operator.certificate()),
                clock);
        directory.load();
        verifier = new InboundMessageVerifier(
                NodeFixture.SELF, directory, trust, new SignatureVerifier(), codec, clock, SKEW);
        requests = new RefusalRequests(fixture, codec);
    }

    static List<FixtureCases.Case> cases() {
        return FixtureCases.fromClasspath(FOLDER).stream()
                .map(c -> c.requireOnly(RefusalRequests.FIELDS))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refused(FixtureCases.Case refusal) {
        JsonNode json = refusal.json();
        RejectionReason expected =
                RejectionReason.valueOf(json.get("expectedReason").asText());
        InboundRequest request = requests.request(refusal);

        MessageRejectedException rejected =
                catchThrowableOfType(MessageRejectedException.class, () -> verifier.verify(request));

        assertThat(rejected)
                .as("verify must refuse the request with %s", expected)
                .isNotNull();
        assertThat(rejected.reason()).as(rejected.getMessage()).isEqualTo(expected);
        assertThat(rejected.reason().httpStatus())
                .as("HTTP status")
                .isEqualTo(json.get("expectedStatus").asInt());
        if (json.has("expectedSender")) {
            assertThat(rejected.sender())
                    .as("sender")
                    .isEqualTo(
                            json.get("expectedSender").isNull()
                                    ? null
                                    : json.get("expectedSender").asText());
        }
        switch (json.path("expectedMessageId").asText("unchecked")) {
            case "unchecked" -> {}
            case "absent" -> assertThat(rejected.messageId()).as("message id").isNull();
            case "present" -> assertThat(rejected.messageId()).as("message id").isNotNull();
            case "body" ->
                assertThat(rejected.messageId())
                        .as("message id")
                        .isEqualTo(codec.decode(request.body()).messageId());
            default ->
                throw new IllegalStateException(refusal.name() + ": expectedMessageId is absent, present or body");
        }
    }

    @Test
    void everyFixtureIsLoadedAndNamesAKnownReasonAndStatus() {
        List<FixtureCases.Case> cases = cases();

        // The cases moved here from InboundMessageVerifierTests: fewer means a fixture went missing.
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.json().hasNonNull("expectedReason")).as(c.name()).isTrue();
            assertThat(c.json().path("expectedStatus").isInt()).as(c.name()).isTrue();
        });
    }
}
