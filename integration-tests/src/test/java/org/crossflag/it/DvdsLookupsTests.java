package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A DVDS Right to Ask across three real nodes. Suffolk's DVDS officer asks; Essex holds two convictions (one
 * spent) and a marker about the subject; Kent holds a caution but its policy does not release intelligence for
 * DVDS purposes, so it refuses the request, signed, with its reason code. Every step is in all three audit trails,
 * and each trail verifies. All people are synthetic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DvdsLookupsTests {

    static final DvdsFederation.Person SUBJECT = new DvdsFederation.Person("Dale", "Orton", "1988-09-14");
    static final String[] PERSONAL_STRINGS = {"Orton", "Dale", "1988-09-14", "Marsh", "Ellen", "Example Row"};

    @TempDir
    static Path dir;

    static TestFederation federation;
    static CapturedLogs logs;
    static String applicationId;
    static String noRecordApplicationId;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path releasesAll = DvdsFederation.policy(dir.resolve("policy-all"), DvdsFederation.ALL_CATEGORIES);
        Path noIntelligence = DvdsFederation.policy(
                dir.resolve("policy-kent"),
                List.of("CONVICTIONS", "CAUTIONS_AND_DISPOSALS", "MARAC_AND_PANEL_HISTORY", "ORDERS"));
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, KENT, SUFFOLK), code -> {
            Map<String, Object> settings =
                    DvdsFederation.settings(code, secret, code.equals(KENT) ? noIntelligence : releasesAll);
            settings.put("crossflag.disclosures.check-timeout", "PT20S");
            settings.put("crossflag.disclosures.sweep-interval", "PT1S");
            return settings;
        });
        // Attached once the nodes are up: starting a node resets the logging system.
        logs = CapturedLogs.attach();
        heldRecord(ESSEX, "CR-ESX-2012-0042", "CONVICTION", "2012-06-01", "Common assault; fine");
        heldRecord(ESSEX, "CR-ESX-2023-0311", "CONVICTION", "2023-03-04", "Assault by beating; 12 weeks' custody");
        heldRecord(ESSEX, "MK-ESX-2024-0007", "MARKER", "2024-01-15", "Controlling behaviour towards partners");
        // Essex's MARAC heard the subject too: the same person, held a second time under the officers' API.
        HearingsFederation.Response heard = new HearingsFederation.Api(federation.node(ESSEX))
                .post(
                        "/api/hearings",
                        "{\"reference\":\"MARAC-ESX-2025-0199\",\"forum\":\"MARAC\",\"heardOn\":\"2025-10-09\","
                                + "\"person\":{\"personId\":\"ESX-M-41\",\"givenNames\":[\"Dale\"],"
                                + "\"familyNames\":[\"Orton\"],\"dateOfBirth\":\"1988-09-14\",\"postcode\":\"CM2 9XX\"},"
                                + "\"coordinator\":{\"name\":\"Essex MARAC coordinator\",\"phone\":\"01632 960100\"}}");
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
        heldRecord(KENT, "CR-KNT-2019-0101", "CAUTION", "2019-08-20", "Harassment; simple caution");
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
    void aRightToAskFindsHitsAtEssexAndKentAndKentRefusesIntelligenceWithASignedReason() {
        HearingsFederation.Response started = dvds(SUFFOLK).post("/api/dvds/applications", applicationForm("GIVEN"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        applicationId = started.json().path("applicationId").asText();

        JsonNode settled = await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> application(applicationId),
                        a -> "REQUESTED".equals(force(a, ESSEX).path("status").asText())
                                && "REFUSED"
                                        .equals(force(a, KENT).path("status").asText()));
        assertThat(force(settled, ESSEX).path("band").asText()).isEqualTo("MATCH");
        assertThat(force(settled, KENT).path("reasonCode").asText()).isEqualTo("POLICY_DATA_CATEGORY_NOT_AGREED");
        assertThat(settled.path("status").asText()).isEqualTo("AWAITING_ANSWERS");
        assertThat(settled.path("notAnswered").toString()).contains(ESSEX);

        // Kent's refusal is a signed message in Suffolk's inbox, refusing the DisclosureRequest.
        assertThat(federation
                        .node(SUFFOLK)
                        .jdbc()
                        .queryForObject(
                                "select count(*) from inbound_message where sender = ? and message_type = 'Refusal'"
                                        + " and correlation_id = ?",
                                Integer.class,
                                KENT,
                                applicationId))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void essexsOfficerReleasesConvictionsWithTheSpentOneFlaggedAndSuffolkRecordsTheDecision() {
        JsonNode requests = await().atMost(Duration.ofSeconds(20))
                .until(() -> dvds(ESSEX).get("/api/dvds/requests").json(), r -> r.size() == 1);
        JsonNode request = requests.get(0);
        assertThat(request.path("asker").asText()).isEqualTo(SUFFOLK);
        String requestId = request.path("requestId").asText();
        JsonNode toAnswer = dvds(ESSEX).get("/api/dvds/requests/" + requestId).json();
        List<String> releases = new ArrayList<>();
        for (JsonNode record : toAnswer.path("records")) {
            String spent = record.path("date").asText().startsWith("2012") ? "true" : "false";
            releases.add("{\"recordId\":\"" + record.path("recordId").asText() + "\",\"spent\":" + spent + "}");
            assertThat(record.path("rehabilitationGuidance").asText()).contains("Rehabilitation of Offenders Act");
        }
        assertThat(releases)
                .as("two convictions and a marker, and the MARAC hearing held apart")
                .hasSize(4);

        // Bad answers are refused naming the field; the request stays open and Essex sends nothing.
        int essexQueued = count(ESSEX, "outbox_message");
        String conviction = null;
        for (JsonNode record : toAnswer.path("records")) {
            if (record.path("kind").asText().equals("CONVICTION")) {
                conviction = record.path("recordId").asText();
            }
        }
        String answerPath = "/api/dvds/requests/" + requestId + "/answer";
        refused(
                dvds(ESSEX),
                "{\"release\":[{\"recordId\":\"not-held\",\"spent\":false}]}",
                400,
                "release[0].recordId",
                answerPath);
        refused(
                dvds(ESSEX),
                "{\"release\":[{\"recordId\":\"" + conviction + "\"}]}",
                400,
                "release[0].spent",
                answerPath);
        refused(dvds(ESSEX), "{}", 400, "release", answerPath);
        refused(dvds(ESSEX), "{\"refuse\":{\"reasonCode\":\"not a code\"}}", 400, "refuse.reasonCode", answerPath);
        refused(new HearingsFederation.Api(federation.node(ESSEX)), "{}", 403, null, answerPath);
        assertThat(dvds(ESSEX)
                        .get("/api/dvds/requests/" + requestId)
                        .json()
                        .path("request")
                        .path("status")
                        .asText())
                .isEqualTo("OPEN");
        assertThat(count(ESSEX, "outbox_message")).isEqualTo(essexQueued);

        HearingsFederation.Response answered =
                dvds(ESSEX).post("/api/dvds/requests/" + requestId + "/answer", "{\"release\":" + releases + "}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        JsonNode withAnswer = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> application(applicationId),
                        a -> "ANSWERED".equals(force(a, ESSEX).path("status").asText()));
        JsonNode items = force(withAnswer, ESSEX).path("items");
        assertThat(items).hasSize(4);
        int spent = 0;
        for (JsonNode item : items) {
            if (item.path("spent").asBoolean()) {
                spent++;
                assertThat(item.path("kind").asText()).isEqualTo("CONVICTION");
                assertThat(item.path("date").asText()).isEqualTo("2012-06-01");
            }
        }
        assertThat(spent).isEqualTo(1);
        assertThat(withAnswer.path("status").asText()).isEqualTo("DECISION_DUE");
        assertThat(withAnswer.path("conclusion").asText()).isEqualTo("RECORDS_RELEASED");
        assertThat(withAnswer.path("conclusionWording").asText().toLowerCase()).doesNotContain("low risk");

        HearingsFederation.Response decided = dvds(SUFFOLK)
                .post(
                        "/api/dvds/applications/" + applicationId + "/decision",
                        "{\"disclose\":true,\"decidedBy\":\"DI Rowe\",\"forum\":\"LOCAL_DECISION_MAKING_PANEL\","
                                + "\"decidedOn\":\"" + LocalDate.now() + "\",\"method\":\"IN_PERSON\","
                                + "\"recipient\":\"PERSON_AT_RISK\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().path("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.json().path("decision").path("recipient").asText()).isEqualTo("PERSON_AT_RISK");
    }

    @Test
    @Order(3)
    void noNameDateOfBirthOrAddressOfAnyPartyLeftSuffolk() {
        for (String code : List.of(ESSEX, KENT)) {
            for (Map<String, Object> row : federation
                    .node(code)
                    .jdbc()
                    .queryForList("select body from inbound_message where sender = ?", SUFFOLK)) {
                String body = new String((byte[]) row.get("BODY"), StandardCharsets.UTF_8);
                for (String personal : PERSONAL_STRINGS) {
                    assertThat(body).as("a message to " + code).doesNotContain(personal);
                }
            }
        }
    }

    @Test
    @Order(4)
    void badApplicationsAreRefusedNamingTheFieldAndNothingIsStoredOrSent() {
        int applications = count("dvds_application");
        int queued = count("outbox_message");

        refused(
                dvds(SUFFOLK),
                applicationForm("GIVEN").replace("1988-09-14", "1988-02-30"),
                400,
                "subject.dateOfBirth");
        refused(dvds(SUFFOLK), applicationForm("GIVEN").replace("RIGHT_TO_ASK", "RIGHT_TO_PEEK"), 400, "route");
        refused(
                dvds(SUFFOLK),
                applicationForm("GIVEN").replace("{\"route\"", "{\"purpose\":\"DVDS_CURIOSITY\",\"route\""),
                400,
                "purpose");
        refused(dvds(SUFFOLK), applicationForm(null), 400, "consent.state");
        refused(dvds(SUFFOLK), "{\"route\":", 400, null);
        refused(new HearingsFederation.Api(federation.node(SUFFOLK)), applicationForm("GIVEN"), 403, null);

        assertThat(count("dvds_application")).isEqualTo(applications);
        assertThat(count("outbox_message")).isEqualTo(queued);
    }

    @Test
    @Order(5)
    void aDisclosureAddressedToTheSubjectIsRefusedAndNotRecorded() {
        String nobody = applicationForm("GIVEN").replace("Orton", "Quenby").replace("1988-09-14", "1979-01-23");
        String id = dvds(SUFFOLK)
                .post("/api/dvds/applications", nobody)
                .json()
                .path("applicationId")
                .asText();
        noRecordApplicationId = id;
        JsonNode due = await().atMost(Duration.ofSeconds(40))
                .until(
                        () -> application(id),
                        a -> "DECISION_DUE".equals(a.path("status").asText()));
        assertThat(due.path("conclusion").asText()).isEqualTo("NO_RECORD_HELD_BY_RESPONDING_FORCES");
        assertThat(due.path("conclusionWording").asText()).contains(ESSEX).contains(KENT);

        refused(
                dvds(SUFFOLK),
                "{\"disclose\":true,\"decidedBy\":\"DI Rowe\",\"forum\":\"SENIOR_OFFICER\",\"decidedOn\":\""
                        + LocalDate.now() + "\",\"method\":\"IN_PERSON\",\"recipient\":\"SUBJECT\"}",
                400,
                "recipient",
                "/api/dvds/applications/" + id + "/decision");

        JsonNode after = application(id);
        assertThat(after.path("status").asText()).isEqualTo("DECISION_DUE");
        assertThat(after.path("decision").isNull()).isTrue();
    }

    @Test
    @Order(6)
    void anExtensionNeedsItsReasonAndMovesTheDeadline() {
        String path = "/api/dvds/applications/" + applicationId + "/extension";
        LocalDate deadline = LocalDate.parse(
                application(applicationId).path("clock").path("deadline").asText());

        refused(dvds(SUFFOLK), "{\"days\":7}", 400, "reason", path);
        refused(dvds(SUFFOLK), "{\"days\":0,\"reason\":\"awaiting partner agency records\"}", 400, "days", path);
        // A decided application keeps its deadline.
        HearingsFederation.Response decided =
                dvds(SUFFOLK).post(path, "{\"days\":7,\"reason\":\"awaiting partner agency records\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(409);
        assertThat(application(applicationId).path("clock").path("deadline").asText())
                .isEqualTo(deadline.toString());

        String open = "/api/dvds/applications/" + noRecordApplicationId + "/extension";
        LocalDate before = LocalDate.parse(application(noRecordApplicationId)
                .path("clock")
                .path("deadline")
                .asText());
        HearingsFederation.Response extended =
                dvds(SUFFOLK).post(open, "{\"days\":7,\"reason\":\"awaiting partner agency records\"}");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        JsonNode clock = extended.json().path("clock");
        assertThat(LocalDate.parse(clock.path("deadline").asText())).isEqualTo(before.plusDays(7));
        assertThat(clock.path("extensions").get(0).path("reason").asText())
                .isEqualTo("awaiting partner agency records");
        assertThat(clock.path("extensions").get(0).path("officerId").asText())
                .isEqualTo(DvdsFederation.officerId(SUFFOLK));
    }

    @Test
    @Order(7)
    void theFoiReportCountsApplicationsDisclosuresAndDecisionsWithinTheDeadline() {
        JsonNode report = dvds(SUFFOLK)
                .get("/api/dvds/report?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now())
                .json();
        JsonNode rightToAsk = null;
        for (JsonNode route : report.path("routes")) {
            if (route.path("route").asText().equals("RIGHT_TO_ASK")) {
                rightToAsk = route;
            }
        }
        assertThat(rightToAsk).as(report.toString()).isNotNull();
        assertThat(rightToAsk.path("applications").asInt()).isEqualTo(2);
        assertThat(rightToAsk.path("disclosures").asInt()).isEqualTo(1);
        assertThat(rightToAsk.path("decidedWithinDeadline").asInt()).isEqualTo(1);
        assertThat(rightToAsk.path("decidedAfterDeadline").asInt()).isZero();
        assertThat(report.path("force").asText()).isEqualTo(SUFFOLK);
        refused(dvds(SUFFOLK), null, 400, "from", "/api/dvds/report?from=2026-02-30&to=2026-12-31");
    }

    @Test
    @Order(8)
    void aCoordinatorsConsiderADisclosureOnAnAlertDraftsARightToKnowForTheDvdsOfficers() {
        HearingsFederation.Response heard = new HearingsFederation.Api(federation.node(ESSEX))
                .post(
                        "/api/hearings",
                        "{\"reference\":\"MARAC-ESX-2026-0777\",\"forum\":\"MARAC\",\"heardOn\":\"2026-06-02\","
                                + "\"person\":{\"personId\":\"ESX-P-31\",\"givenNames\":[\"Callum\"],"
                                + "\"familyNames\":[\"Brackley\"],\"dateOfBirth\":\"1984-11-05\",\"sex\":\"M\"},"
                                + "\"coordinator\":{\"name\":\"Essex MARAC coordinator\",\"phone\":\"01632 960100\"}}");
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
        HearingsFederation.Api coordinator = new HearingsFederation.Api(federation.node(SUFFOLK));
        HearingsFederation.Response referred = coordinator.post(
                "/api/referrals",
                "{\"reference\":\"MARAC-SFK-2026-1290\",\"forum\":\"MARAC\",\"referredOn\":\"2026-11-30\","
                        + "\"person\":{\"personId\":\"SFK-P-88\",\"givenNames\":[\"Callum\"],"
                        + "\"familyNames\":[\"Brackley\"],\"dateOfBirth\":\"1984-11-05\",\"sex\":\"M\"},"
                        + "\"coordinator\":{\"name\":\"Suffolk MARAC coordinator\",\"phone\":\"01632 960300\"},"
                        + "\"consent\":{\"state\":\"NOT_SOUGHT_THRESHOLD_MET\"}}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        String queryId = referred.json().path("queryId").asText();
        JsonNode alert = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            for (JsonNode candidate :
                                    coordinator.get("/api/alerts").json()) {
                                if (queryId.equals(candidate.path("queryId").asText())) {
                                    return candidate;
                                }
                            }
                            return null;
                        },
                        a -> a != null);

        String path = "/api/alerts/" + alert.path("alertId").asText() + "/disclosure-consideration";
        refused(dvds(SUFFOLK), "{}", 403, null, path);
        HearingsFederation.Response drafted = coordinator.post(path, "{}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().path("status").asText()).isEqualTo("DRAFT");
        String draftId = drafted.json().path("applicationId").asText();
        assertThat(coordinator.post(path, "{}").json().path("applicationId").asText())
                .as("one draft per alert")
                .isEqualTo(draftId);

        JsonNode draft = application(draftId);
        assertThat(draft.path("route").asText()).isEqualTo("RIGHT_TO_KNOW");
        assertThat(draft.path("sourceAlertId").asText())
                .isEqualTo(alert.path("alertId").asText());
        assertThat(draft.path("subject").path("familyName").asText()).isEqualTo("Brackley");
        assertThat(draft.path("subject").path("dateOfBirth").asText()).isEqualTo("1984-11-05");

        String completed = applicationForm("GIVEN")
                .replace("RIGHT_TO_ASK", "RIGHT_TO_KNOW")
                .replace(
                        "\"givenNames\":\"Dale\",\"familyName\":\"Orton\",\"dateOfBirth\":\"1988-09-14\"",
                        "\"givenNames\":\"Callum\",\"familyName\":\"Brackley\",\"dateOfBirth\":\"1984-11-05\"")
                .replace(
                        "\"kind\":\"PERSON_AT_RISK\",\"relationshipToPersonAtRisk\":\"SELF\"",
                        "\"kind\":\"THIRD_PARTY\",\"name\":\"MARAC coordinator\","
                                + "\"relationshipToPersonAtRisk\":\"PROFESSIONAL\"")
                .replace("\"relationshipToSubject\":\"PARTNER\"", "\"relationshipToSubject\":\"NONE\"");
        HearingsFederation.Response submitted =
                dvds(SUFFOLK).post("/api/dvds/applications/" + draftId + "/submission", completed);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonNode requested = await().atMost(Duration.ofSeconds(40))
                .until(
                        () -> application(draftId),
                        a -> "REQUESTED".equals(force(a, ESSEX).path("status").asText()));
        assertThat(requested.path("sourceAlertId").asText())
                .isEqualTo(alert.path("alertId").asText());
        refused(dvds(SUFFOLK), completed, 409, null, "/api/dvds/applications/" + draftId + "/submission");
    }

    @Test
    @Order(9)
    void noLogLineOfAnyNodeCarriesANameADateOfBirthOrAnAddress() {
        String all = logs.all();
        assertThat(all).contains("reason=");
        for (String personal : List.of(
                "Orton",
                "1988-09-14",
                "Marsh",
                "Ellen",
                "Example Row",
                "Brackley",
                "Callum",
                "1984-11-05",
                "beating",
                "Controlling behaviour")) {
            assertThat(all).as("logs").doesNotContainIgnoringCase(personal);
        }
    }

    @Test
    @Order(10)
    void everyStepIsInTheAuditTrailsOfAllThreeNodesAndEachTrailVerifies() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(actions(SUFFOLK))
                    .contains(
                            "DVDS_APPLICATION_RECEIVED",
                            "DVDS_CHECKS_STARTED",
                            "DVDS_CHECK_RESULT",
                            "DVDS_REQUEST_SENT",
                            "MESSAGE_REFUSED",
                            "DVDS_ANSWER_RECEIVED",
                            "DVDS_DECISION_RECORDED");
            assertThat(actions(ESSEX))
                    .contains("DVDS_CHECK_ANSWERED", "DVDS_REQUEST_RECEIVED", "DVDS_ANSWER_SENT", "POLICY_DECISION");
            assertThat(actions(KENT)).contains("DVDS_CHECK_ANSWERED", "POLICY_DECISION");
        });
        assertThat(federation
                        .node(KENT)
                        .jdbc()
                        .queryForList(
                                "select reason_code from audit_entry where action = 'POLICY_DECISION'"
                                        + " and correlation_id = ? and outcome = 'DENIED'",
                                String.class,
                                applicationId))
                .contains("DATA_CATEGORY_NOT_AGREED");
        for (String code : List.of(ESSEX, KENT, SUFFOLK)) {
            long head = federation.node(code).jdbc().queryForObject("select max(seq) from audit_entry", Long.class);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> federation
                                    .node(code)
                                    .jdbc()
                                    .queryForObject("select last_seq from audit_head where id = 1", Long.class)
                            >= head);
        }
        for (String code : List.of(ESSEX, KENT, SUFFOLK)) {
            federation.stop(code);
            AuditCheckpointTests.CommandRun verify = AuditCheckpointTests.verifyAudit(federation, code);
            assertThat(verify.status())
                    .as(code + ": " + verify.out() + verify.err())
                    .isZero();
            assertThat(verify.out()).contains("OK");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static void heldRecord(String code, String reference, String kind, String date, String summary) {
        DvdsFederation.holdRecord(federation.node(code), SUBJECT, reference, kind, date, null, summary);
    }

    static String applicationForm(String consentState) {
        return "{\"route\":\"RIGHT_TO_ASK\",\"receivedOn\":\"" + LocalDate.now() + "\","
                + "\"personAtRisk\":{\"givenNames\":\"Ellen\",\"familyName\":\"Marsh\",\"dateOfBirth\":\"1991-04-02\","
                + "\"address\":\"4 Example Row, Ipswich IP1 9XX\"},"
                + "\"subject\":{\"givenNames\":\"Dale\",\"familyName\":\"Orton\",\"dateOfBirth\":\"1988-09-14\"},"
                + "\"applicant\":{\"kind\":\"PERSON_AT_RISK\",\"relationshipToPersonAtRisk\":\"SELF\","
                + "\"relationshipToSubject\":\"PARTNER\"},"
                + "\"legalBasis\":\"COMMON_LAW_POLICING_PURPOSE\","
                + (consentState == null ? "" : "\"consent\":{\"state\":\"" + consentState + "\"},")
                + "\"categories\":[\"CONVICTIONS\",\"CAUTIONS_AND_DISPOSALS\",\"MARAC_AND_PANEL_HISTORY\","
                + "\"ORDERS\",\"INTELLIGENCE\"]}";
    }

    static JsonNode application(String id) {
        return dvds(SUFFOLK).get("/api/dvds/applications/" + id).json();
    }

    static JsonNode force(JsonNode application, String code) {
        for (JsonNode force : application.path("forces")) {
            if (force.path("force").asText().equals(code)) {
                return force;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    static List<String> actions(String code) {
        return federation
                .node(code)
                .jdbc()
                .queryForList(
                        "select action from audit_entry where correlation_id = ? or action = 'MESSAGE_REFUSED'",
                        String.class,
                        applicationId);
    }

    static void refused(HearingsFederation.Api api, String body, int status, String field) {
        refused(api, body, status, field, "/api/dvds/applications");
    }

    static void refused(HearingsFederation.Api api, String body, int status, String field, String path) {
        HearingsFederation.Response response = body == null ? api.get(path) : api.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (field != null) {
            assertThat(response.json().path("field").asText()).isEqualTo(field);
            assertThat(response.body()).doesNotContain("1988-02-30");
        }
    }

    static int count(String table) {
        return count(SUFFOLK, table);
    }

    static int count(String code, String table) {
        return federation.node(code).jdbc().queryForObject("select count(*) from " + table, Integer.class);
    }

    static HearingsFederation.Api dvds(String code) {
        return DvdsFederation.officer(federation.node(code));
    }
}
