package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node whose federation directory has expired cannot ask its peers: a referral posted to the officers' API is
 * refused as "cannot serve now" (503, {@code DIRECTORY_EXPIRED}), and the node keeps nothing of it.
 */
class ExpiredDirectoryReferralTests {

    @TempDir
    static Path dir;

    static TestFederation federation;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(
                dir,
                TestFederation.Database.H2,
                List.of(ESSEX, SUFFOLK),
                code -> HearingsFederation.settings(code, secret, policy, "PT6S"));
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void aReferralWhileTheDirectoryHasExpiredIsRefusedWith503AndItsCodeAndNothingIsStored() {
        RunningNode suffolk = federation.node(SUFFOLK);
        long people = count("local_person");
        long referrals = count("referral");
        long queries = count("hearing_query");
        long queued = count("outbox_message");
        try {
            // The directory the federation wrote lasts 30 days.
            suffolk.clock().advance(Duration.ofDays(31));

            HearingsFederation.Response refused = new HearingsFederation.Api(suffolk)
                    .post(
                            "/api/referrals",
                            PriorHearingFlagsTests.referral(
                                    "MARAC-SFK-2026-9001",
                                    "2026-11-20",
                                    PriorHearingFlagsTests.person(
                                            "SFK-P-901", "Ignatius", "Thornbury", "1970-02-01", null)));

            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            JsonNode body = refused.json();
            assertThat(body.path("status").asText()).isEqualTo("REJECTED");
            assertThat(body.path("reason").asText()).isEqualTo("DIRECTORY_EXPIRED");
            assertThat(body.path("detail").asText()).contains("expired").doesNotContain("Thornbury");
        } finally {
            suffolk.clock().reset();
        }
        assertThat(count("local_person")).as("no person kept").isEqualTo(people);
        assertThat(count("referral")).as("no referral stored").isEqualTo(referrals);
        assertThat(count("hearing_query")).as("no query started").isEqualTo(queries);
        assertThat(count("outbox_message")).as("nothing queued for a peer").isEqualTo(queued);
        assertThat(federation
                        .node(SUFFOLK)
                        .jdbc()
                        .queryForObject(
                                "select count(*) from referral where local_reference = ?",
                                Long.class,
                                "MARAC-SFK-2026-9001"))
                .isZero();
    }

    static long count(String table) {
        return federation.node(SUFFOLK).jdbc().queryForObject("select count(*) from " + table, Long.class);
    }
}
