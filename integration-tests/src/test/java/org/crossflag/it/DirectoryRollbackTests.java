package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.LIMITED;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A removed member stays removed across a restart: the highest directory sequence a node has seen is kept in
 * its database, so an older, still unexpired directory put back at the directory location is refused.
 */
class DirectoryRollbackTests {

    @Test
    void restartWithAnOlderUnexpiredDirectoryRefusesItAndKeepsTheNewerMembers(@TempDir Path dir) throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, KENT), code -> Map.of())) {
            Instant expires = Instant.now().plus(Duration.ofDays(30));
            FederationTestClient limited =
                    new FederationTestClient(federation.pki.tls.get(LIMITED), federation.pki.caCertificate());

            federation.writeDirectory(2, expires, TestFederation.ALL_TYPES);
            byte[] olderDocument = Files.readAllBytes(federation.directoryFile);
            byte[] olderSignature = Files.readAllBytes(Path.of(federation.directoryFile + ".sig"));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> FederationExchangeTests.directorySequence(federation.node(ESSEX)) == 2);
            assertThat(send(federation, limited).status())
                    .as("GB-LTD accepted while listed")
                    .isEqualTo(202);

            federation.writeDirectoryListing(3, expires, List.of(ESSEX, KENT));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> FederationExchangeTests.directorySequence(federation.node(ESSEX)) == 3);
            assertThat(send(federation, limited).reason()).isEqualTo("SENDER_UNKNOWN");

            federation.stop(ESSEX);
            // Someone puts the older directory back, signed by the operator and not yet expired.
            Files.write(federation.directoryFile, olderDocument);
            Files.write(Path.of(federation.directoryFile + ".sig"), olderSignature);
            RunningNode essex = federation.restart(ESSEX);

            assertThat(FederationExchangeTests.directorySequence(essex))
                    .as("directory sequence after restart")
                    .isEqualTo(3);
            assertThat(CrlFreshnessTests.health(essex)
                            .at("/components/directory/details/lastRefreshProblem")
                            .asText())
                    .contains("older");
            long stored = essex.inboundCount();
            FederationTestClient.Answer answer = send(federation, limited);
            assertThat(answer.reason()).as("reason code").isEqualTo("SENDER_UNKNOWN");
            assertThat(answer.status()).as("HTTP status").isEqualTo(403);
            assertThat(essex.inboundCount()).as("messages stored").isEqualTo(stored);
        }
    }

    private static FederationTestClient.Answer send(TestFederation federation, FederationTestClient limited)
            throws Exception {
        return limited.sendSigned(
                federation.node(ESSEX).federationUri(),
                TestEnvelopes.bytes(TestEnvelopes.valid(LIMITED, ESSEX)),
                federation.pki.signing.get(LIMITED));
    }
}
