package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.LIMITED;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Camel resolves {{...}} placeholders in an endpoint URI, so a member endpoint such as
 * https://{{crossflag.signing.password}}.leak.example would put a node secret into a DNS lookup. A directory with a
 * brace in any member endpoint is refused, with the member named: at a refresh the node keeps its directory, and at
 * start-up it does not start.
 */
class DirectoryEndpointPlaceholderTests {

    static final String LEAKING_ENDPOINT = "https://{{crossflag.signing.password}}.leak.example";

    @TempDir
    Path dir;

    @Test
    void aRefreshedDirectoryWithAPlaceholderInAnEndpointIsRefusedAndTheCurrentOneKept() throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> Map.of())) {
            RunningNode essex = federation.node(ESSEX);
            assertThat(directoryHealth(essex).path("sequence").asLong()).isEqualTo(1);

            writeDirectory(federation, 2, essex.endpoint(), LEAKING_ENDPOINT);

            JsonNode health = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> directoryHealth(essex),
                            h -> h.path("sequence").asLong() == 2 || h.hasNonNull("lastRefreshProblem"));
            assertThat(health.path("sequence").asLong())
                    .as("directory sequence in use")
                    .isEqualTo(1);
            assertThat(health.path("lastRefreshProblem").asText())
                    .contains(LIMITED)
                    .contains("endpoint");
            assertThat(health.path("lastRefreshProblem").asText())
                    .as("the refusal does not resolve the placeholder")
                    .doesNotContain(new String(TestPki.PASSWORD));
        }
    }

    @Test
    void aNodeDoesNotStartWithAPlaceholderInAnEndpoint() throws Exception {
        Path first = dir.resolve("first");
        try (TestFederation federation =
                new TestFederation(first, TestFederation.Database.H2, List.of(ESSEX), code -> Map.of())) {
            String essexEndpoint = federation.node(ESSEX).endpoint();
            federation.stop(ESSEX);
            writeDirectory(federation, 2, essexEndpoint, "https://127.0.0.1:{{server.port}}");
            assertThatThrownBy(() -> federation.restart(ESSEX))
                    .hasStackTraceContaining("crossflag.directory.location")
                    .hasStackTraceContaining(LIMITED);
        }
    }

    /** Essex at its real endpoint, GB-LTD at the given one, signed by the federation operator. */
    private static void writeDirectory(
            TestFederation federation, long sequence, String essexEndpoint, String limitedEndpoint) {
        DirectoryDocument.Builder builder = DirectoryDocument.builder("crossflag-test")
                .sequence(sequence)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(1)))
                .expiresAt(Instant.now().plus(Duration.ofDays(30)));
        for (String code : List.of(ESSEX, LIMITED)) {
            builder.member(new DirectoryMemberEntry(
                    code,
                    code + " test force",
                    DirectoryMemberEntry.Kind.POLICE,
                    code.equals(ESSEX) ? essexEndpoint : limitedEndpoint,
                    List.of(TestPki.fingerprint(federation.pki.tls.get(code))),
                    List.of(TestPki.fingerprint(federation.pki.signing.get(code))),
                    TestFederation.ALL_TYPES));
        }
        DirectoryDocument.writeSigned(
                federation.directoryFile, builder.build().toJsonBytes(), federation.pki.operator.privateKey());
    }

    private static JsonNode directoryHealth(RunningNode node) throws Exception {
        return FederationTestClient.JSON
                .readTree(node.management("/actuator/health/directory"))
                .path("details");
    }
}
