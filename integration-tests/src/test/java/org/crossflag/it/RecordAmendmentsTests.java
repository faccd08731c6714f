package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.hearings.amendments.RetentionPurge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Corrections, withdrawals and purges on three real nodes: Essex holds hearings, Suffolk refers people, Kent holds
 * nothing about them. What Essex corrects or withdraws reaches Suffolk's alert; what Suffolk withdraws reaches Essex's.
 * Every person is synthetic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordAmendmentsTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String HEARING = "MARAC-ESX-2026-0501";
    static final String SOURCE = "api";

    @TempDir
    static Path dir;

    static TestFederation federation;
    static CapturedLogs logs;
    static String queryId;
    static String suffolkAlertId;
    static String hitId;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT6S");
            // DAPP hearings are kept a month, and the purge runs only when a test calls it.
            settings.put("crossflag.retention.dapp", "P1M");
            settings.put("crossflag.background.purge-delay", "PT2H");
            return settings;
        });
        // Attached once the nodes are up: starting a node resets the logging system.
        logs = CapturedLogs.attach();
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    @Order(1)
    void aHearingAtEssexAndAReferralAtSuffolkAlertBothForces() {
        created(
                ESSEX,
                "/api/hearings",
                hearingJson(HEARING, "2026-05-14", "ESX-P-11", "Daniel", "Ormsby", "1984-09-12"));

        queryId = created(
                        SUFFOLK, "/api/referrals", referralJson("MARAC-SFK-2026-2001", "SFK-P-11", "Daniel", "Ormsby"))
                .path("queryId")
                .asText();

        JsonNode suffolk = awaitAlert(SUFFOLK, queryId, alert -> true);
        assertThat(suffolk.path("status").asText()).isEqualTo("OPEN");
        assertThat(suffolk.path("amendment").isNull()).isTrue();
        suffolkAlertId = suffolk.path("alertId").asText();
        hitId = suffolk.path("hitId").asText();
        JsonNode essex = awaitAlert(ESSEX, queryId, alert -> true);
        assertThat(essex.path("kind").asText()).isEqualTo("REFERRED_ELSEWHERE");
    }

    @Test
    @Order(2)
    void aCorrectionAtEssexShowsOnSuffolksAlertWithItsDateAndTheNewValues() {
        LocalRecordSink.RecordOutcome outcome = sink(ESSEX)
                .hearingCorrected(
                        SOURCE, localHearing(HEARING, Forum.MARAC, "2026-05-15", "19"), LocalDate.parse("2026-12-01"));
        assertThat(outcome.duplicate()).isFalse();

        JsonNode suffolk = awaitAlert(SUFFOLK, queryId, alert -> "CORRECTED".equals(text(alert, "amendment")));
        assertThat(suffolk.path("status").asText()).isEqualTo("OPEN");
        assertThat(suffolk.path("amendedOn").asText()).isEqualTo("2026-12-01");
        assertThat(suffolk.path("heardOn").asText()).isEqualTo("2026-05-15");
        assertThat(suffolk.path("score").path("value").asText()).isEqualTo("19");
        JsonNode hit =
                api(SUFFOLK).get("/api/queries/" + queryId).json().path("hits").get(0);
        assertThat(hit.path("heardOn").asText()).isEqualTo("2026-05-15");
        // Essex's own alert about its hearing shows the correction too.
        JsonNode essex = awaitAlert(ESSEX, queryId, alert -> "CORRECTED".equals(text(alert, "amendment")));
        assertThat(essex.path("heardOn").asText()).isEqualTo("2026-05-15");
        assertThat(auditCount(ESSEX, "HEARING_CORRECTED")).isEqualTo(1);
        assertThat(auditCount(SUFFOLK, "AMENDMENT_RECEIVED")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void anUnknownReferenceIsRefusedWithNothingStoredOrSent() {
        long amendmentsQueued = amendmentsQueued(ESSEX);
        long audited = auditCount(ESSEX, "HEARING_CORRECTED") + auditCount(ESSEX, "HEARING_WITHDRAWN");

        assertThatThrownBy(() -> sink(ESSEX)
                        .hearingCorrected(
                                SOURCE,
                                localHearing("MARAC-ESX-2026-9999", Forum.MARAC, "2026-05-15", "19"),
                                LocalDate.parse("2026-12-01")))
                .isInstanceOfSatisfying(
                        RejectedRecordException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("RECORD_NOT_FOUND"));
        assertThatThrownBy(() -> sink(ESSEX)
                        .recordWithdrawn(
                                SOURCE,
                                new LocalWithdrawal(
                                        LocalRecordType.HEARING, "MARAC-ESX-2026-9999", LocalDate.parse("2026-12-02"))))
                .isInstanceOfSatisfying(
                        RejectedRecordException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("RECORD_NOT_FOUND"));

        assertThat(amendmentsQueued(ESSEX)).isEqualTo(amendmentsQueued);
        assertThat(auditCount(ESSEX, "HEARING_CORRECTED") + auditCount(ESSEX, "HEARING_WITHDRAWN"))
                .isEqualTo(audited);
        assertThat(count(ESSEX, "select count(*) from hearing where corrected_on is not null"))
                .isEqualTo(1);
    }

    @Test
    @Order(4)
    void anAmendmentFromAForceThatDidNotIssueTheHitIsRefusedAndChangesNothing() throws Exception {
        ObjectNode envelope = TestEnvelopes.valid(KENT, SUFFOLK)
                .put("type", "RecordAmendment")
                .put("correlationId", queryId);
        ObjectNode payload = envelope.putObject("payload")
                .put("about", "HEARING")
                .put("amendment", "WITHDRAWN")
                .put("amendedOn", "2026-12-02");
        payload.putArray("hitIds").add(hitId);
        FederationTestClient kent =
                new FederationTestClient(federation.pki.tls.get(KENT), federation.pki.caCertificate());

        FederationTestClient.Answer answer = kent.sendSigned(
                federation.node(SUFFOLK).federationUri(),
                TestEnvelopes.bytes(envelope),
                federation.pki.signing.get(KENT));
        assertThat(answer.status()).isEqualTo(202);

        awaitProcessingOutcome(SUFFOLK, envelope.path("messageId").asText(), "REFUSED_HIT_NOT_RECOGNISED");
        JsonNode alert = api(SUFFOLK).get("/api/alerts/" + suffolkAlertId).json();
        assertThat(alert.path("status").asText()).isEqualTo("OPEN");
        assertThat(alert.path("amendment").asText()).isEqualTo("CORRECTED");
        assertThat(count(SUFFOLK, "select count(*) from hearing_hit where amendment = 'WITHDRAWN'"))
                .isZero();
    }

    @Test
    @Order(5)
    void aWithdrawalAtEssexWithdrawsSuffolksAlertAndTheHearingNeverHitsAgain() {
        sink(ESSEX)
                .recordWithdrawn(
                        SOURCE, new LocalWithdrawal(LocalRecordType.HEARING, HEARING, LocalDate.parse("2026-12-02")));

        JsonNode suffolk = awaitAlert(SUFFOLK, queryId, alert -> "WITHDRAWN".equals(text(alert, "status")));
        assertThat(suffolk.path("amendment").asText()).isEqualTo("WITHDRAWN");
        assertThat(suffolk.path("amendedOn").asText()).isEqualTo("2026-12-02");
        assertThat(awaitAlert(ESSEX, queryId, alert -> true).path("status").asText())
                .isEqualTo("WITHDRAWN");
        // A withdrawn alert cannot be acted on as if current.
        HearingsFederation.Response acknowledged = api(SUFFOLK)
                .post("/api/alerts/" + suffolkAlertId + "/acknowledgement", "{\"actionCode\":\"NO_FURTHER_ACTION\"}");
        assertThat(acknowledged.status()).isEqualTo(409);
        assertThat(acknowledged.json().path("reasonCode").asText()).isEqualTo("ALERT_NOT_OPEN");
        // The query's result no longer shows the withdrawn hit.
        assertThat(api(SUFFOLK).get("/api/queries/" + queryId).json().path("hits"))
                .isEmpty();

        String again = created(
                        SUFFOLK, "/api/referrals", referralJson("MARAC-SFK-2026-2002", "SFK-P-12", "Daniel", "Ormsby"))
                .path("queryId")
                .asText();
        JsonNode result = await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api(SUFFOLK).get("/api/queries/" + again).json(),
                        r -> r.path("status").asText().equals("COMPLETE"));
        assertThat(result.path("conclusion").asText()).isEqualTo("NO_RECORD_HELD_BY_RESPONDING_FORCES");
        assertThat(result.path("answered").toString()).contains(ESSEX);
    }

    @Test
    @Order(6)
    void aReferralWithdrawnAtSuffolkWithdrawsItsAlertsThereAndAtEssex() {
        created(
                ESSEX,
                "/api/hearings",
                hearingJson("MARAC-ESX-2026-0502", "2026-06-02", "ESX-P-12", "Marcus", "Threlfall", "1991-02-27"));
        String referral = "MARAC-SFK-2026-2003";
        String query = created(SUFFOLK, "/api/referrals", referralJson(referral, "SFK-P-13", "Marcus", "Threlfall"))
                .path("queryId")
                .asText();
        awaitAlert(SUFFOLK, query, alert -> "OPEN".equals(text(alert, "status")));
        awaitAlert(ESSEX, query, alert -> "OPEN".equals(text(alert, "status")));

        sink(SUFFOLK)
                .recordWithdrawn(
                        SOURCE, new LocalWithdrawal(LocalRecordType.REFERRAL, referral, LocalDate.parse("2026-12-03")));

        JsonNode suffolk = awaitAlert(SUFFOLK, query, alert -> true);
        assertThat(suffolk.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(suffolk.path("amendedOn").asText()).isEqualTo("2026-12-03");
        JsonNode essex = awaitAlert(ESSEX, query, alert -> "WITHDRAWN".equals(text(alert, "status")));
        assertThat(essex.path("amendment").asText()).isEqualTo("WITHDRAWN");
        assertThat(essex.path("amendedOn").asText()).isEqualTo("2026-12-03");
        assertThat(auditCount(SUFFOLK, "REFERRAL_WITHDRAWN")).isEqualTo(1);
        // Withdrawn once: the same reference is no longer found.
        assertThatThrownBy(() -> sink(SUFFOLK)
                        .recordWithdrawn(
                                SOURCE,
                                new LocalWithdrawal(LocalRecordType.REFERRAL, referral, LocalDate.parse("2026-12-04"))))
                .isInstanceOfSatisfying(
                        RejectedRecordException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("RECORD_NOT_FOUND"));
    }

    @Test
    @Order(7)
    void aHearingPastRetentionIsPurgedAndSuffolksAlertWithdrawn() {
        String hearingId = created(
                        ESSEX,
                        "/api/hearings",
                        hearingJson("DAPP-ESX-2026-0031", "2026-01-10", "ESX-P-13", "Owen", "Calloway", "1977-06-03"))
                .path("hearingId")
                .asText();
        String query = created(
                        SUFFOLK, "/api/referrals", referralJson("MARAC-SFK-2026-2004", "SFK-P-14", "Owen", "Calloway"))
                .path("queryId")
                .asText();
        awaitAlert(SUFFOLK, query, alert -> "OPEN".equals(text(alert, "status")));

        int purged =
                federation.node(ESSEX).context().getBean(RetentionPurge.class).sweep();

        assertThat(purged).isEqualTo(1);
        assertThat(count(ESSEX, "select count(*) from hearing where hearing_id = '" + hearingId + "'"))
                .isZero();
        assertThat(count(ESSEX, "select count(*) from issued_hit where hearing_id = '" + hearingId + "'"))
                .isZero();
        assertThat(count(ESSEX, "select count(*) from local_person where local_person_id = 'ESX-P-13'"))
                .as("the person goes with their last record")
                .isZero();
        JsonNode suffolk = awaitAlert(SUFFOLK, query, alert -> "WITHDRAWN".equals(text(alert, "status")));
        assertThat(suffolk.path("amendment").asText()).isEqualTo("PURGED");
        assertThat(auditCount(ESSEX, "HEARING_PURGED")).isEqualTo(1);
        // The MARAC hearings are within their twelve years and stay.
        assertThat(count(ESSEX, "select count(*) from hearing where forum = 'MARAC'"))
                .isEqualTo(2);
    }

    @Test
    @Order(8)
    void theLogsNameNoPersonAndNoDate() {
        assertThat(logs.all())
                .contains("Retention purge hearing=")
                .doesNotContain("Ormsby", "Threlfall", "Calloway", "1984-09-12", "1991-02-27", "1977-06-03");
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    static LocalRecordSink sink(String code) {
        return federation.node(code).context().getBean(LocalRecordSink.class);
    }

    static HearingsFederation.Api api(String code) {
        return new HearingsFederation.Api(federation.node(code));
    }

    static JsonNode created(String code, String path, String json) {
        HearingsFederation.Response response = api(code).post(path, json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static String hearingJson(
            String reference, String heardOn, String personId, String given, String family, String dob) {
        return PriorHearingFlagsTests.hearing(
                reference,
                heardOn,
                PriorHearingFlagsTests.person(personId, given, family, dob, "CM2 9XX"),
                "Essex MARAC coordinator");
    }

    static String referralJson(String reference, String personId, String given, String family) {
        String dob = Map.of("Daniel", "1984-09-12", "Marcus", "1991-02-27", "Owen", "1977-06-03")
                .get(given);
        return PriorHearingFlagsTests.referral(
                reference, "2026-11-30", PriorHearingFlagsTests.person(personId, given, family, dob, null));
    }

    /** The hearing of story one as Essex's records system corrects it (the same synthetic person). */
    static LocalHearing localHearing(String reference, Forum forum, String heardOn, String score) {
        return new LocalHearing(
                reference,
                forum,
                LocalDate.parse(heardOn),
                new LocalPerson(
                        "ESX-P-11",
                        List.of("Daniel"),
                        List.of("Ormsby"),
                        List.of(),
                        "1984-09-12",
                        "M",
                        "CM2 9XX",
                        null,
                        null,
                        null,
                        null),
                new Contact("Essex MARAC coordinator", "01632 960100", null),
                new RiskScore("DASH", "2009", score));
    }

    static JsonNode awaitAlert(String code, String queryId, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            for (JsonNode alert : api(code).get("/api/alerts").json()) {
                                if (queryId.equals(alert.path("queryId").asText()) && condition.test(alert)) {
                                    return alert;
                                }
                            }
                            return null;
                        },
                        alert -> alert != null);
    }

    static String text(JsonNode node, String field) {
        return node.path(field).isNull() ? null : node.path(field).asText();
    }

    static long count(String code, String sql) {
        return federation.node(code).jdbc().queryForObject(sql, Long.class);
    }

    static long amendmentsQueued(String code) {
        return count(code, "select count(*) from outbox_message where message_type = 'RecordAmendment'");
    }

    static long auditCount(String code, String action) {
        return count(code, "select count(*) from audit_entry where action = '" + action + "'");
    }

    static void awaitProcessingOutcome(String code, String messageId, String outcome) {
        await().atMost(WAIT)
                .until(
                        () -> federation
                                .node(code)
                                .jdbc()
                                .queryForList(
                                        "select processing_outcome from inbound_message where message_id = ?",
                                        String.class,
                                        messageId),
                        outcomes -> outcomes.contains(outcome));
    }
}
