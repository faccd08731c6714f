package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Changes of circumstance across three real nodes. Essex holds a DAPO; the person under it moves to Ipswich (IP1,
 * Suffolk), where Suffolk's MARAC heard them. Essex's offender manager enters the notification: Suffolk and Essex are
 * alerted, Kent is told nothing. A district in no force area is refused with nothing stored or sent; a late
 * notification is possible non-compliance on every alert; a new partner drafts a Right to Know. Synthetic people.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CircumstanceChangesTests {

    static final String OFFENDER_MANAGER = "offender-manager";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Synthetic: the person under the order, and what of them must never reach a log or another force. */
    static final String[] PERSONAL = {
        "Ashdown", "Marchetti", "1986-03-07", "1990-11-02", "IP1 2AB", "CM2 9XX", "CO8 5QQ", "14 Orwell Quay"
    };

    @TempDir
    static Path dir;

    static TestFederation federation;
    static CapturedLogs logs;
    static LocalDate today;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = policy(dir.resolve("policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT6S");
            settings.put("crossflag.api.users[1].username", OFFENDER_MANAGER);
            settings.put("crossflag.api.users[1].password", "{noop}" + HearingsFederation.PASSWORD);
            settings.put("crossflag.api.users[1].officer-id", code.substring(3) + "-OM-07");
            settings.put("crossflag.api.users[1].role", "OFFENDER_MANAGER");
            return settings;
        });
        logs = CapturedLogs.attach();
        today = LocalDate.now(LONDON);
        HearingsFederation.Response heard = coordinator(SUFFOLK)
                .post(
                        "/api/hearings",
                        PriorHearingFlagsTests.hearing(
                                "MARAC-SFK-2026-0311",
                                "2026-03-11",
                                PriorHearingFlagsTests.person("SFK-P-31", "Robert", "Ashdown", "1986-03-07", null),
                                "Suffolk MARAC coordinator"));
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
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
    void aMoveFromEssexToSuffolkAlertsSuffolkAndEssexAndTellsKentNothing() {
        HearingsFederation.Response taken = officer(ESSEX)
                .post(
                        "/api/circumstance-changes",
                        change("OM-ESX-2026-0101", "NEW_ADDRESS", today.minusDays(1), today, subject("IP1 2AB"), null));

        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        JsonNode body = taken.json();
        String notificationId = body.path("notificationId").asText();
        assertThat(body.path("district").asText()).isEqualTo("IP1");
        assertThat(body.path("possibleNonCompliance").asBoolean()).isFalse();
        assertThat(targets(body)).containsExactly("GB-ESX:LOCAL", "GB-SFK:SENT");

        // Suffolk, covering the new address, is alerted for review, and knows the person from its own panel.
        JsonNode suffolk = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> alertOf(SUFFOLK, notificationId), a -> a != null);
        assertThat(suffolk.path("kind").asText()).isEqualTo("CIRCUMSTANCE_CHANGE");
        assertThat(suffolk.path("status").asText()).isEqualTo("REVIEW");
        assertThat(suffolk.path("otherForce").asText()).isEqualTo(ESSEX);
        JsonNode notice = suffolk.path("circumstance");
        assertThat(notice.path("changeKind").asText()).isEqualTo("NEW_ADDRESS");
        assertThat(notice.path("orderType").asText()).isEqualTo("DAPO");
        assertThat(notice.path("orderReference").asText()).isEqualTo("DAPO-ESX-2026-0042");
        assertThat(notice.path("orderHeldBy").asText()).isEqualTo(ESSEX);
        assertThat(notice.path("newDistrict").asText()).isEqualTo("IP1");
        assertThat(notice.path("knownToPanels").asText()).isEqualTo("HEARD");
        assertThat(notice.path("possibleNonCompliance").asBoolean()).isFalse();
        assertThat(suffolk.path("contact").path("name").asText()).isEqualTo("Essex offender manager");

        // Essex holds the order: its own alert, raised here; its panels never heard the person.
        JsonNode essex = alertOf(ESSEX, notificationId);
        assertThat(essex).isNotNull();
        assertThat(essex.path("status").asText()).isEqualTo("REVIEW");
        assertThat(essex.path("circumstance").path("knownToPanels").asText()).isEqualTo("NOT_HEARD");

        // What travelled carried no name, date of birth or address, only the district.
        List<byte[]> sent = federation
                .node(ESSEX)
                .jdbc()
                .queryForList(
                        "select body from outbox_message where correlation_id = ? and message_type = ?",
                        byte[].class,
                        notificationId,
                        "CircumstanceChange");
        assertThat(sent).hasSize(1);
        String wire = new String(sent.get(0), StandardCharsets.UTF_8);
        assertThat(wire).contains("\"newDistrict\":\"IP1\"");
        for (String personal : PERSONAL) {
            assertThat(wire).doesNotContain(personal);
        }
        assertThat(alertOf(KENT, notificationId)).isNull();
        assertThat(federation
                        .node(KENT)
                        .jdbc()
                        .queryForObject(
                                "select count(*) from inbound_message where correlation_id = ?",
                                Long.class,
                                notificationId))
                .isZero();
    }

    @Test
    @Order(2)
    void aDistrictInNoForceAreaIsRefusedNamingItsFieldAndNothingIsStoredOrSent() {
        long changes = count(ESSEX, "circumstance_change");
        long outbox = count(ESSEX, "outbox_message");
        long alerts = count(ESSEX, "alert");

        HearingsFederation.Response refused = officer(ESSEX)
                .post(
                        "/api/circumstance-changes",
                        change("OM-ESX-2026-0102", "NEW_ADDRESS", today.minusDays(1), today, subject("JE2 4XX"), null));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("reasonCode").asText()).isEqualTo("POSTCODE_DISTRICT_UNKNOWN");
        assertThat(refused.json().path("field").asText()).isEqualTo("subject.postcode");
        assertThat(refused.body()).doesNotContain("JE2");
        assertThat(count(ESSEX, "circumstance_change")).isEqualTo(changes);
        assertThat(count(ESSEX, "outbox_message")).isEqualTo(outbox);
        assertThat(count(ESSEX, "alert")).isEqualTo(alerts);
    }

    @Test
    @Order(3)
    void aLateNotificationIsPossibleNonComplianceOnEveryAlert() {
        // CO8 straddles Essex (57%) and Suffolk (43%): both cover it.
        HearingsFederation.Response taken = officer(ESSEX)
                .post(
                        "/api/circumstance-changes",
                        change(
                                "OM-ESX-2026-0103",
                                "NEW_ADDRESS",
                                today.minusDays(10),
                                today,
                                subject("CO8 5QQ"),
                                null));

        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String notificationId = taken.json().path("notificationId").asText();
        assertThat(taken.json().path("possibleNonCompliance").asBoolean()).isTrue();
        assertThat(taken.json().path("dueBy").asText())
                .isEqualTo(today.minusDays(7).toString());
        assertThat(targets(taken.json())).containsExactly("GB-ESX:LOCAL", "GB-SFK:SENT");
        JsonNode suffolk = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> alertOf(SUFFOLK, notificationId), a -> a != null);
        assertThat(suffolk.path("circumstance").path("possibleNonCompliance").asBoolean())
                .isTrue();
        assertThat(alertOf(ESSEX, notificationId)
                        .path("circumstance")
                        .path("possibleNonCompliance")
                        .asBoolean())
                .isTrue();
    }

    @Test
    @Order(4)
    void aNewPartnerDraftsARightToKnowWithThePartnerAsAAndTheSubjectAsB() throws Exception {
        String partner = PriorHearingFlagsTests.person("ESX-P-90", "Dana", "Marchetti", "1990-11-02", "CM2 9XX");
        HearingsFederation.Response taken = officer(ESSEX)
                .post(
                        "/api/circumstance-changes",
                        change(
                                "OM-ESX-2026-0104",
                                "NEW_PARTNER",
                                today.minusDays(2),
                                today,
                                subject("CM2 9XX"),
                                partner));

        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(targets(taken.json())).containsExactly("GB-ESX:LOCAL");
        String applicationId = taken.json().path("dvdsApplicationId").asText();
        Map<String, Object> draft = federation
                .node(ESSEX)
                .jdbc()
                .queryForMap(
                        "select route, status, officer_role, parties_json from dvds_application where application_id = ?",
                        applicationId);
        assertThat(draft)
                .containsEntry("route", "RIGHT_TO_KNOW")
                .containsEntry("status", "DRAFT")
                .containsEntry("officer_role", "OFFENDER_MANAGER");
        JsonNode parties =
                HearingsFederation.JSON.readTree(draft.get("parties_json").toString());
        assertThat(parties.path("personAtRisk").path("familyName").asText()).isEqualTo("Marchetti");
        assertThat(parties.path("personAtRisk").path("dateOfBirth").asText()).isEqualTo("1990-11-02");
        assertThat(parties.path("subject").path("familyName").asText()).isEqualTo("Ashdown");
        assertThat(parties.path("subject").path("givenNames").asText()).isEqualTo("Robert");
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForObject(
                                "select dvds_application_id from circumstance_change where notification_id = ?",
                                String.class,
                                taken.json().path("notificationId").asText()))
                .isEqualTo(applicationId);
    }

    @Test
    @Order(5)
    void anOfficerWithoutTheRoleIsRefusedAndTheLogsCarryNoPersonalData() {
        HearingsFederation.Api dvdsLess =
                new HearingsFederation.Api(federation.node(ESSEX), "nobody", HearingsFederation.PASSWORD);
        assertThat(dvdsLess.post(
                                "/api/circumstance-changes",
                                change("OM-ESX-2026-0105", "NEW_ADDRESS", today, today, subject("IP1 2AB"), null))
                        .status())
                .isEqualTo(401);

        String all = logs.all();
        assertThat(all).contains("Circumstance change recorded");
        for (String personal : PERSONAL) {
            assertThat(all).doesNotContain(personal);
        }
    }

    static Path policy(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("policy.yml");
        Files.writeString(file, """
                agreements:
                  - id: TEST-REGION-HEARING-FLAGS
                    members: ["*"]
                    messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert]
                    purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
                    legalBases: [CRIME_AND_DISORDER_ACT_1998_S115, COMMON_LAW_POLICING_PURPOSE]
                    dataCategories: [HEARING_FLAG, CONTACT_DETAILS, RISK_SCORE]
                    roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                  - id: TEST-REGION-CIRCUMSTANCE-CHANGES
                    members: ["*"]
                    messageTypes: [CircumstanceChange]
                    purposes: [CIRCUMSTANCE_CHANGE]
                    legalBases: [DOMESTIC_ABUSE_ACT_2021_DAPO, STALKING_PROTECTION_ACT_2019_SPO]
                    dataCategories: [ORDERS, ADDRESS, CONTACT_DETAILS]
                    roles: [OFFENDER_MANAGER, MARAC_COORDINATOR, INTEGRATION_SERVICE]
                    consentStates: [NOT_SOUGHT_THRESHOLD_MET]
                """);
        return file;
    }

    static String subject(String postcode) {
        String person = PriorHearingFlagsTests.person("ESX-P-42", "Robert", "Ashdown", "1986-03-07", postcode);
        return person.substring(0, person.length() - 1) + ",\"addressLine\":\"14 Orwell Quay\"}";
    }

    static String change(
            String reference, String kind, LocalDate changedOn, LocalDate notifiedOn, String subject, String partner) {
        return "{\"reference\":\"" + reference + "\",\"kind\":\"" + kind
                + "\",\"orderType\":\"DAPO\",\"orderReference\":\"DAPO-ESX-2026-0042\",\"changedOn\":\"" + changedOn
                + "\",\"notifiedOn\":\"" + notifiedOn + "\",\"subject\":" + subject
                + (partner == null ? "" : ",\"newPartner\":" + partner)
                + ",\"offenderManager\":{\"name\":\"Essex offender manager\",\"phone\":\"01632 960200\"}}";
    }

    static List<String> targets(JsonNode body) {
        List<String> targets = new ArrayList<>();
        body.path("targets")
                .forEach(t -> targets.add(
                        t.path("target").asText() + ":" + t.path("delivery").asText()));
        return targets;
    }

    static JsonNode alertOf(String code, String notificationId) {
        for (JsonNode alert : coordinator(code).get("/api/alerts").json()) {
            if (notificationId.equals(alert.path("queryId").asText())) {
                return alert;
            }
        }
        return null;
    }

    static HearingsFederation.Api officer(String code) {
        return new HearingsFederation.Api(federation.node(code), OFFENDER_MANAGER, HearingsFederation.PASSWORD);
    }

    static HearingsFederation.Api coordinator(String code) {
        return new HearingsFederation.Api(federation.node(code));
    }

    static long count(String code, String table) {
        return federation.node(code).jdbc().queryForObject("select count(*) from " + table, Long.class);
    }
}
