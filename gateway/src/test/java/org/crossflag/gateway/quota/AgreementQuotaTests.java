package org.crossflag.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.crossflag.gateway.NodeTestDatabase;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** An agreement's rate limit, counted by the node's one quota mechanism with the rule the agreement sets. */
class AgreementQuotaTests {

    static final QuotaRule TWO_PER_HOUR = new QuotaRule(2, Duration.ofHours(1));
    static final QuotaRule NODE_RULE = new QuotaRule(100, Duration.ofMinutes(1));

    @TempDir
    Path dir;

    final MutableClock clock = MutableClock.stoppedAt(Instant.parse("2026-11-29T10:00:00Z"));
    final AuditTrail audit = mock(AuditTrail.class);
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @Test
    void theCountIsPerAgreementMemberAndOfficerAndTheFirstRefusalIsAudited() {
        try (NodeTestDatabase database = NodeTestDatabase.h2(dir)) {
            Quotas quotas = new Quotas(
                    Map.of(
                            QuotaKind.PEER_QUERIES, NODE_RULE,
                            QuotaKind.PEER_ANSWERS, NODE_RULE,
                            QuotaKind.PEER_ALERTS, NODE_RULE,
                            QuotaKind.PEER_CIRCUMSTANCE_CHANGES, NODE_RULE,
                            QuotaKind.OFFICER_QUERIES, NODE_RULE),
                    new QuotaStore(database.jdbc),
                    database.newTransactions(),
                    audit,
                    metrics,
                    clock);

            use(quotas, "EASTERN-MARAC", "GB-KNT", "KNT-MARAC-01");
            use(quotas, "EASTERN-MARAC", "GB-KNT", "KNT-MARAC-01");
            assertThatThrownBy(() -> use(quotas, "EASTERN-MARAC", "GB-KNT", "KNT-MARAC-01"))
                    .isInstanceOfSatisfying(
                            QuotaExceededException.class,
                            e -> assertThat(e.kind()).isEqualTo(QuotaKind.AGREEMENT_REQUESTS));
            assertThatThrownBy(() -> use(quotas, "EASTERN-MARAC", "GB-KNT", "KNT-MARAC-01"))
                    .isInstanceOf(QuotaExceededException.class);

            assertThatCode(() -> use(quotas, "EASTERN-MARAC", "GB-KNT", "KNT-MARAC-02"))
                    .as("another officer")
                    .doesNotThrowAnyException();
            assertThatCode(() -> use(quotas, "EASTERN-MARAC", "GB-ESX", "KNT-MARAC-01"))
                    .as("another member")
                    .doesNotThrowAnyException();
            assertThatCode(() -> use(quotas, "SUFFOLK-PANELS", "GB-KNT", "KNT-MARAC-01"))
                    .as("another agreement")
                    .doesNotThrowAnyException();
            clock.advance(Duration.ofHours(1));
            assertThatCode(() -> use(quotas, "EASTERN-MARAC", "GB-KNT", "KNT-MARAC-01"))
                    .as("a new window")
                    .doesNotThrowAnyException();

            verify(audit, times(1))
                    .record(AuditEvent.of(AuditAction.QUOTA_EXCEEDED, "REFUSED")
                            .withCounterpart("GB-KNT")
                            .withActor("KNT-MARAC-01", "MARAC_COORDINATOR")
                            .withReason("AGREEMENT_REQUESTS"));
            assertThat(metrics.get("crossflag.quota.refusals")
                            .tag("quota", "AGREEMENT_REQUESTS")
                            .counter()
                            .count())
                    .isEqualTo(2.0);
        }
    }

    private static void use(Quotas quotas, String agreement, String member, String officer) {
        quotas.useAgreement(agreement, member, officer, "MARAC_COORDINATOR", TWO_PER_HOUR);
    }
}
