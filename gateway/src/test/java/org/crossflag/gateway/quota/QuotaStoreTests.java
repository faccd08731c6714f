package org.crossflag.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.crossflag.gateway.NodeTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotaStoreTests {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final QuotaRule FIVE_PER_MINUTE = new QuotaRule(5, Duration.ofMinutes(1));

    @TempDir
    Path dir;

    /** H2 here; PostgreSQL in {@link QuotaStorePostgresTests}. */
    NodeTestDatabase open(Path dir) {
        return NodeTestDatabase.h2(dir);
    }

    @Test
    void twoInstancesSharingOneDatabaseCountTheSameUses() {
        try (NodeTestDatabase first = open(dir);
                NodeTestDatabase second = first.anotherInstance()) {
            QuotaStore one = new QuotaStore(first.jdbc);
            QuotaStore other = new QuotaStore(second.jdbc);
            QuotaRule.Count count = null;
            for (int use = 0; use < 6; use++) {
                QuotaStore store = use % 2 == 0 ? one : other;
                Instant at = T0.plusSeconds(use);
                NodeTestDatabase instance = use % 2 == 0 ? first : second;
                count = instance.transactions()
                        .execute(status -> store.count("PEER_QUERIES:GB-SFK", FIVE_PER_MINUTE, at));
            }

            assertThat(count).isEqualTo(new QuotaRule.Count(T0, 6));
            assertThat(FIVE_PER_MINUTE.allows(count)).isFalse();
            QuotaRule.Count otherSubject =
                    first.transactions().execute(status -> one.count("PEER_QUERIES:GB-KNT", FIVE_PER_MINUTE, T0));
            assertThat(otherSubject.used())
                    .as("another subject has its own count")
                    .isEqualTo(1);
            QuotaRule.Count nextWindow = second.transactions()
                    .execute(status -> other.count("PEER_QUERIES:GB-SFK", FIVE_PER_MINUTE, T0.plusSeconds(60)));
            assertThat(nextWindow).as("a new window").isEqualTo(new QuotaRule.Count(T0.plusSeconds(60), 1));
        }
    }
}
