package org.crossflag.gateway.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.crypto.CrlFreshness;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newest directory seen outlives a restart, and a stale CRL stops traffic but not queueing. */
class DirectoryHighWaterTests {

    @TempDir
    Path dir;

    NodeFixture fixture;
    MutableClock clock;
    FederationTrust trust;
    InMemoryKeeper keeper;
    Instant expiry;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        clock = MutableClock.stoppedAt(fixture.now);
        trust = fixture.trust(clock);
        keeper = new InMemoryKeeper();
        expiry = fixture.now.plus(Duration.ofDays(30));
    }

    @Test
    void restartWithAnOlderUnexpiredDirectoryKeepsTheNewerOneFromTheKeeper() throws Exception {
        fixture.writeDirectory(5, expiry, NodeFixture.ALL_TYPES);
        service().load();
        assertThat(keeper.newestSequence()).isEqualTo(5);
        byte[] five = Files.readAllBytes(fixture.directoryJson());

        fixture.writeDirectory(4, expiry, NodeFixture.ALL_TYPES);
        DirectoryService restarted = service();
        FederationDirectory loaded = restarted.load();

        assertThat(loaded.sequence()).isEqualTo(5);
        assertThat(restarted.lastRefreshProblem()).contains("sequence 4").contains("older");
        assertThat(restarted.refresh()).isFalse();
        assertThat(restarted.requireCurrent().sequence()).isEqualTo(5);
        assertThat(keeper.kept.document()).isEqualTo(five);
    }

    @Test
    void refreshTakesANewerDirectoryAnotherInstanceKept() {
        DirectoryService first = service();
        DirectoryService second = service();
        first.load();
        second.load();

        fixture.writeDirectory(2, expiry, NodeFixture.ALL_TYPES);
        assertThat(first.refresh()).isTrue();
        fixture.writeDirectory(1, expiry, java.util.List.of("Refusal"));
        // The second instance finds sequence 1 at the location but 2 in the shared keeper.
        assertThat(second.refresh()).isFalse();
        assertThat(second.requireCurrent().sequence()).isEqualTo(2);
    }

    @Test
    void keeperNeverLowersTheSequence() {
        keeper.keep(7, new byte[] {7}, new byte[] {7});
        keeper.keep(3, new byte[] {3}, new byte[] {3});

        assertThat(keeper.newestSequence()).isEqualTo(7);
    }

    @Test
    void staleCrlRefusesTrafficWithTheRevocationReasonButLeavesTheDirectoryUsable() {
        CrlFreshness freshness = new CrlFreshness(Duration.ofDays(7));
        DirectoryService service = new DirectoryService(
                new DirectorySource("file:" + fixture.directoryJson(), null),
                new DirectoryVerifier(trust, fixture.operator.certificate()),
                clock,
                keeper,
                () -> freshness.of(trust, clock.instant()));
        service.load();
        assertThat(service.requireTrafficAllowed().sequence()).isEqualTo(1);

        clock.advance(Duration.ofDays(8));

        DirectoryUnavailableException refused =
                catchThrowableOfType(DirectoryUnavailableException.class, service::requireTrafficAllowed);
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(DirectoryUnavailableException.Reason.CERTIFICATE_REVOCATION_UNKNOWN);
        assertThat(service.requireCurrent().sequence())
                .as("queueing still sees the directory")
                .isEqualTo(1);
    }

    private DirectoryService service() {
        return new DirectoryService(
                new DirectorySource("file:" + fixture.directoryJson(), null),
                new DirectoryVerifier(trust, fixture.operator.certificate()),
                clock,
                keeper,
                () -> new CrlFreshness.Verdict(CrlFreshness.State.FRESH, null));
    }

    /** Behaves as the database row does: the sequence only rises. */
    static final class InMemoryKeeper implements DirectoryKeeper {

        volatile Kept kept;

        @Override
        public synchronized Optional<Kept> newest() {
            return Optional.ofNullable(kept);
        }

        @Override
        public synchronized long newestSequence() {
            return kept == null ? 0 : kept.sequence();
        }

        @Override
        public synchronized void keep(long sequence, byte[] document, byte[] signature) {
            if (sequence > newestSequence()) {
                kept = new Kept(sequence, document, signature);
            }
        }
    }
}
