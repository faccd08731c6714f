package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.crossflag.gateway.hearings.victims.MappaCategoryThreePrompt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serial perpetrators seen across three real nodes: each force records the victims of its own hearings; an answer
 * carries them only as encodings under the query's own key, and Suffolk, the referring force, counts distinct victims
 * across the answers and its referral. Also the review hold for a person recorded elsewhere as a victim, or where the
 * referral records a counter-allegation; the MAPPA Category 3 prompt; the age flag; and abuse that is not
 * heterosexual intimate-partner abuse. Every story has its own synthetic people.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SerialPerpetratorTests {

    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(6);

    @TempDir
    static Path dir;

    static CapturedLogs logs;
    static TestFederation federation;
    static VictimStories stories;
    static String firstStoryQuery;
    static Path kentPolicy;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        // Kent's own copy, changed by the last test while the node runs.
        kentPolicy = HearingsFederation.openPolicy(dir.resolve("kent-policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, code -> {
            Map<String, Object> settings = HearingsFederation.settings(
                    code, secret, code.equals(KENT) ? kentPolicy : policy, QUERY_TIMEOUT.toString());
            settings.put("crossflag.policy.reload-interval", "PT1S");
            // Victims' encodings are kept until no late answer can come: short here, so the last test sees them go.
            settings.put("crossflag.hearings.late-answer-window", "PT5S");
            return settings;
        });
        logs = CapturedLogs.attach();
        stories = new VictimStories(federation);
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
            federation = null;
            stories = null;
        }
        if (logs != null) {
            logs.close();
            logs = null;
        }
    }

    @Test
    @Order(1)
    void threeVictimsInThreeForcesWithinThreeYearsMakeASerialPerpetratorAndBothHoldersAreAlerted() {
        String p = VictimStories.person("P-WHITLOCK", "Darius", "Whitlock", "1984-02-17", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2025-0110",
                "2025-01-10",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-MARSH", "Leanne", "Marshbrook", "1990-06-21", "F", "CO4 3XX", "EX_PARTNER"));
        stories.heard(
                KENT,
                "MATAC-KNT-2026-0915",
                "2026-09-15",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-CARR", "Sophie", "Carrowmore", "1993-09-02", "F", "ME15 6XX", "INTIMATE_PARTNER"));
        String queryId = stories.referred(
                "MARAC-SFK-2026-1120",
                p,
                "PERPETRATOR",
                "DOMESTIC_ABUSE",
                stories.victim("V-PENROSE", "Jodie", "Penrose", "1995-12-11", "F", "IP4 1XX", "INTIMATE_PARTNER"));

        firstStoryQuery = queryId;
        List<JsonNode> alerts = awaitAlerts(SUFFOLK, queryId, 2, "serial: 3 victims across 3 forces within 3 years");
        assertThat(alerts).extracting(a -> a.path("otherForce").asText()).containsExactlyInAnyOrder(ESSEX, KENT);
        for (JsonNode alert : alerts) {
            assertThat(alert.path("status").asText()).isEqualTo("OPEN");
            assertThat(alert.path("patterns").path("serialVictims").asInt()).isEqualTo(3);
            assertThat(alert.path("patterns").path("serialForces").asInt()).isEqualTo(3);
            assertThat(absent(alert.path("patterns").path("holdLine"))).isTrue();
            assertThat(alert.path("patterns").path("mappaPromptLine").asText())
                    .as("serial and recorded nowhere as MAPPA-managed")
                    .isEqualTo(MappaCategoryThreePrompt.TEXT);
        }
        // Both holding forces' coordinators hear of the referral.
        for (String holder : List.of(ESSEX, KENT)) {
            JsonNode elsewhere =
                    await().atMost(Duration.ofSeconds(20)).until(() -> alertOf(holder, queryId), a -> a != null);
            assertThat(elsewhere.path("kind").asText()).isEqualTo("REFERRED_ELSEWHERE");
        }
        assertThat(outboxTypes(SUFFOLK, queryId)).contains("CrossAreaAlert");
    }

    @Test
    @Order(2)
    void aVictimHeardOutsideTheThreeYearWindowIsNotCounted() {
        String p = VictimStories.person("P-OAKRIDGE", "Neil", "Oakridge", "1979-08-05", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2023-1001",
                "2023-10-01",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-LOWRY", "Tessa", "Lowry", "1981-01-29", "F", "SS1 2XX", "EX_PARTNER"));
        stories.heard(
                KENT,
                "MATAC-KNT-2026-0916",
                "2026-09-15",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-BRANDT", "Imogen", "Brandt", "1988-10-04", "F", "CT1 2XX", "INTIMATE_PARTNER"));
        String queryId = stories.referred(
                "MARAC-SFK-2026-1121",
                p,
                "PERPETRATOR",
                "DOMESTIC_ABUSE",
                stories.victim("V-QUILTER", "Rosalind", "Quilter", "1990-02-08", "F", "IP1 3XX", "INTIMATE_PARTNER"));

        List<JsonNode> alerts = awaitAlerts(SUFFOLK, queryId, 2, "serial: 2 victims across 2 forces within 3 years");
        assertThat(alerts)
                .allSatisfy(alert -> assertThat(
                                alert.path("patterns").path("serialVictims").asInt())
                        .isEqualTo(2));
    }

    @Test
    @Order(3)
    void oneVictimRecordedByTwoForcesUnderANicknameCountsOnce() {
        String p = VictimStories.person("P-THORNE", "Gavin", "Thorne", "1982-11-23", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2025-0111",
                "2025-01-10",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-ROWE-1", "Katherine", "Rowecroft", "1992-03-14", "F", "CM1 4XX", "INTIMATE_PARTNER"));
        stories.heard(
                KENT,
                "MATAC-KNT-2026-0917",
                "2026-09-15",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-ROWE-2", "Kate", "Rowecroft", "1992-03-14", "F", null, "EX_PARTNER"));
        String queryId = stories.referred(
                "MARAC-SFK-2026-1122",
                p,
                "PERPETRATOR",
                "DOMESTIC_ABUSE",
                stories.victim("V-SHAH", "Amira", "Shahzadi", "1997-05-30", "F", "IP3 8XX", "INTIMATE_PARTNER"));

        awaitAlerts(SUFFOLK, queryId, 2, "serial: 2 victims across 3 forces within 3 years");
    }

    @Test
    @Order(4)
    void aReferredPersonAnotherForceRecordedAsTheVictimIsHeldForReviewAndNoForceIsAlerted() {
        String partner = VictimStories.person("P-PRYOR-L", "Liam", "Pryor", "1991-04-02", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2025-0301",
                "2025-03-01",
                partner,
                "DOMESTIC_ABUSE",
                stories.victim("Q-GREAVES-H", "Hannah", "Greaves", "1994-07-19", "F", "CM3 5XX", "INTIMATE_PARTNER"));
        // Suffolk refers her, after a counter-allegation it did not record as such.
        String q = VictimStories.person("SFK-Q-1", "Hannah", "Greaves", "1994-07-19", "F");
        String queryId = stories.referred("MARAC-SFK-2026-1123", q, "PERPETRATOR", "DOMESTIC_ABUSE");

        JsonNode alert = awaitAlerts(SUFFOLK, queryId, 1, null).get(0);
        assertThat(alert.path("status").asText()).isEqualTo("REVIEW");
        assertThat(alert.path("patterns").path("subjectRole").asText()).isEqualTo("VICTIM");
        assertThat(alert.path("patterns").path("holdLine").asText())
                .isEqualTo("recorded as a victim by GB-ESX on 2025-03-01: check before acting");
        assertThat(absent(alert.path("score")))
                .as("a victim's record shares no score")
                .isTrue();
        awaitComplete(queryId);
        assertThat(outboxTypes(SUFFOLK, queryId)).doesNotContain("CrossAreaAlert");
        assertThat(alertOf(ESSEX, queryId)).isNull();

        // Confirming it is her calls Essex; it still tells Essex nothing, whose hearing is about someone else.
        HearingsFederation.Response reviewed = stories.api(SUFFOLK)
                .post("/api/alerts/" + alert.path("alertId").asText() + "/review", "{\"decision\":\"SAME_PERSON\"}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(outboxTypes(SUFFOLK, queryId)).doesNotContain("CrossAreaAlert");
    }

    @Test
    @Order(5)
    void aReferralRecordingACounterAllegationHoldsEvenAMatchForReview() {
        String p = VictimStories.person("P-VANCE", "Oliver", "Vance", "1987-12-03", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2026-0402",
                "2026-04-02",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-ASHBY", "Megan", "Ashby", "1989-06-27", "F", "CM7 1XX", "INTIMATE_PARTNER"));
        String queryId = stories.referred("MARAC-SFK-2026-1124", p, "BOTH", "DOMESTIC_ABUSE");

        JsonNode alert = awaitAlerts(SUFFOLK, queryId, 1, null).get(0);
        assertThat(alert.path("band").asText()).isEqualTo("MATCH");
        assertThat(alert.path("status").asText()).isEqualTo("REVIEW");
        assertThat(alert.path("patterns").path("holdLine").asText())
                .isEqualTo("counter-allegation recorded with this referral on 2026-11-20: check before acting");
        awaitComplete(queryId);
        assertThat(outboxTypes(SUFFOLK, queryId)).doesNotContain("CrossAreaAlert");
        assertThat(alertOf(ESSEX, queryId)).isNull();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "0601, same-sex (male),       Ezra,    Blackwood, 1971-02-11, M, M, INTIMATE_PARTNER, DOMESTIC_ABUSE,   Hargreave,  Lindqvar",
        "0602, same-sex (female),     Petra,   Sallow,    1983-06-19, F, F, EX_PARTNER,       COERCIVE_CONTROL, Wyndham,    Corrigan",
        "0603, female to male,        Marguerite, Oduya,  1978-10-30, F, M, INTIMATE_PARTNER, DOMESTIC_ABUSE,   Fairweather, Tremayne",
        "0604, child to parent,       Declan,  Moorcroft, 2001-03-08, M, F, CHILD_TO_PARENT,  DOMESTIC_ABUSE,   Moorcroft,  Moorcroft",
        "0605, sibling,               Anya,    Pellegrin, 1996-12-01, F, M, SIBLING,          DOMESTIC_ABUSE,   Pellegrin,  Pellegrin",
        "0606, honour-based (family), Tariq,   Haddadin,  1969-07-25, M, F, OTHER_FAMILY,     HONOUR_BASED,     Haddadin,   Haddadin"
    })
    @Order(6)
    void abuseThatIsNotHeterosexualIntimatePartnerAbuseFlowsTheSameWay(
            String number,
            String story,
            String given,
            String family,
            String dob,
            String subjectSex,
            String victimSex,
            String relationship,
            String abuseType,
            String firstVictimFamily,
            String secondVictimFamily) {
        String tag = number;
        String p = VictimStories.person("P-" + tag, given, family, dob, subjectSex);
        stories.heard(
                KENT,
                "MARAC-KNT-2026-" + tag,
                "2026-06-01",
                p,
                abuseType,
                stories.victim(
                        "V1-" + tag, "Wilhelmina", firstVictimFamily, "1950-04-04", victimSex, null, relationship));
        String queryId = stories.referred(
                "MARAC-SFK-2026-" + tag,
                p,
                "PERPETRATOR",
                abuseType,
                stories.victim(
                        "V2-" + tag, "Bartholomew", secondVictimFamily, "1953-08-08", victimSex, null, relationship));

        JsonNode alert = awaitAlerts(SUFFOLK, queryId, 1, "serial: 2 victims across 2 forces within 3 years")
                .get(0);
        assertThat(alert.path("status").asText()).as(story).isEqualTo("OPEN");
        assertThat(alert.path("patterns").path("abuseType").asText()).isEqualTo(abuseType);
        JsonNode kent = await().atMost(Duration.ofSeconds(20)).until(() -> alertOf(KENT, queryId), a -> a != null);
        assertThat(kent.path("kind").asText()).isEqualTo("REFERRED_ELSEWHERE");
    }

    @Test
    @Order(7)
    void aHearingOfSomeoneUnder16IsFlaggedAndOnlyStalkingStaysWithinScope() {
        String stalker = VictimStories.person("P-YOUNG-S", "Tobias", "Lindqvist", "2011-05-01", "M");
        stories.heard(
                ESSEX,
                "MASIP-ESX-2026-0301",
                "2026-03-01",
                stalker,
                "STALKING",
                stories.victim("V-NORRIS", "Eden", "Norris", "2010-02-02", "F", null, "OTHER"));
        String stalkingQuery = stories.referred("MARAC-SFK-2026-1125", stalker, "PERPETRATOR", "STALKING");
        JsonNode stalking = awaitAlerts(SUFFOLK, stalkingQuery, 1, null).get(0);
        assertThat(stalking.path("patterns").path("subjectUnder16").asBoolean()).isTrue();
        assertThat(stalking.path("patterns").path("ageLine").asText()).contains("stalking has no age limit");

        String teenager = VictimStories.person("P-YOUNG-D", "Reuben", "Albright", "2011-07-07", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2026-0302",
                "2026-03-02",
                teenager,
                "DOMESTIC_ABUSE",
                stories.victim("V-OSEI", "Niamh", "Oseiwa", "2011-01-01", "F", null, "INTIMATE_PARTNER"));
        String abuseQuery = stories.referred("MARAC-SFK-2026-1126", teenager, "PERPETRATOR", "DOMESTIC_ABUSE");
        JsonNode abuse = awaitAlerts(SUFFOLK, abuseQuery, 1, null).get(0);
        assertThat(abuse.path("patterns").path("ageLine").asText())
                .contains("not domestic abuse under the Domestic Abuse Act 2021");
    }

    @Test
    @Order(8)
    void theMappaPromptComesWithStalkingUnlessThePersonIsRecordedAsMappaManaged() {
        String stalker = VictimStories.person("P-MERRICK", "Callum", "Merrick", "1980-09-09", "M");
        stories.heard(KENT, "MASIP-KNT-2026-0510", "2026-05-10", stalker, "STALKING");
        String prompted = stories.referred("MARAC-SFK-2026-1127", stalker, "PERPETRATOR", "STALKING");
        assertThat(awaitAlerts(SUFFOLK, prompted, 1, null)
                        .get(0)
                        .path("patterns")
                        .path("mappaPromptLine")
                        .asText())
                .isEqualTo(MappaCategoryThreePrompt.TEXT);

        String managed = VictimStories.person("P-HOLLIS", "Warren", "Hollis", "1976-03-03", "M");
        stories.heard(KENT, "MASIP-KNT-2026-0511", "2026-05-11", managed, "STALKING");
        stories.heard(ESSEX, "MAPPA-ESX-2026-0511", "2026-05-20", managed, "STALKING");
        String notPrompted = stories.referred("MARAC-SFK-2026-1128", managed, "PERPETRATOR", "STALKING");
        awaitComplete(notPrompted);
        assertThat(stories.alertsOf(SUFFOLK, notPrompted))
                .hasSize(2)
                .allSatisfy(alert -> assertThat(absent(alert.path("patterns").path("mappaPromptLine")))
                        .isTrue());
    }

    @Test
    @Order(9)
    void noStoredMessageAtAnyNodeCarriesAVictimsNameDateOfBirthOrPostcode() throws Exception {
        int scanned = 0;
        int withVictims = 0;
        for (String code : List.of(ESSEX, KENT, SUFFOLK)) {
            for (String table : List.of("inbound_message", "outbox_message")) {
                for (Map<String, Object> row : federation.node(code).jdbc().queryForList("select body from " + table)) {
                    String body = new String((byte[]) row.get("body"), StandardCharsets.UTF_8);
                    JsonNode message = HearingsFederation.JSON.readTree(body);
                    withVictims += body.contains("\"victims\"") ? 1 : 0;
                    String readable = PriorHearingFlagsTests.withoutIdsAndTimes(
                            blinded(message).toString());
                    for (String personal : stories.victimStrings()) {
                        assertThat(readable).as("a stored message at " + code).doesNotContainIgnoringCase(personal);
                    }
                    scanned++;
                }
            }
        }
        assertThat(scanned).isGreaterThan(30);
        assertThat(withVictims).as("answers did carry victims, as encodings").isGreaterThan(0);
        String all = logs.all();
        for (String personal : stories.victimStrings()) {
            assertThat(all).as("logs").doesNotContain(personal);
        }
    }

    @Test
    @Order(10)
    void aForceWhoseAgreementsDoNotAllowVictimLinksAnswersWithoutTheVictims() throws Exception {
        java.nio.file.Files.writeString(
                kentPolicy, java.nio.file.Files.readString(kentPolicy).replace(", VICTIM_LINKS]", "]"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> federation
                                .node(KENT)
                                .jdbc()
                                .queryForObject(
                                        "select count(*) from audit_entry where action = 'POLICY_RELOADED'", Long.class)
                        > 0);
        String p = VictimStories.person("P-ELDRIDGE", "Caspian", "Eldridge", "1985-05-05", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2026-0707",
                "2026-07-07",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-ABERNETHY", "Philippa", "Abernethy", "1986-01-31", "F", null, "EX_PARTNER"));
        stories.heard(
                KENT,
                "MARAC-KNT-2026-0808",
                "2026-08-08",
                p,
                "DOMESTIC_ABUSE",
                stories.victim("V-TREVELYAN", "Georgiana", "Trevelyan", "1987-03-17", "F", null, "EX_PARTNER"));
        String queryId = stories.referred(
                "MARAC-SFK-2026-1129",
                p,
                "PERPETRATOR",
                "DOMESTIC_ABUSE",
                stories.victim("V-MONTAGUE", "Rosamund", "Montague", "1989-09-29", "F", null, "INTIMATE_PARTNER"));

        awaitAlerts(SUFFOLK, queryId, 2, "serial: 2 victims across 2 forces within 3 years");
        assertThat(federation
                        .node(SUFFOLK)
                        .jdbc()
                        .queryForObject(
                                "select count(*) from hearing_hit_victim where query_id = ?", Long.class, queryId))
                .as("Essex's victim, kept while the query may still be answered")
                .isEqualTo(1);
        Map<String, Object> kentAnswer = federation
                .node(SUFFOLK)
                .jdbc()
                .queryForMap(
                        "select body from inbound_message where correlation_id = ? and sender = ? "
                                + "and message_type = 'PriorHearingAnswer'",
                        queryId,
                        KENT);
        JsonNode answer = HearingsFederation.JSON.readTree((byte[]) kentAnswer.get("body"));
        assertThat(answer.path("payload").path("hits").get(0).has("victims")).isFalse();
        assertThat(answer.path("dataCategories").toString()).doesNotContain("VICTIM_LINKS");
    }

    @Test
    @Order(11)
    void victimsEncodingsGoOnceNoAnswerCanComeAndTheAlertsKeepTheirCount() {
        await().atMost(Duration.ofSeconds(40))
                .until(
                        () -> federation
                                .node(SUFFOLK)
                                .jdbc()
                                .queryForObject("select count(*) from hearing_hit_victim", Long.class),
                        count -> count == 0);
        assertThat(stories.alertsOf(SUFFOLK, firstStoryQuery))
                .allSatisfy(alert -> assertThat(
                                alert.path("patterns").path("serialVictims").asInt())
                        .isEqualTo(3));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /**
     * The referring force's alerts of the query once there are {@code count} of them and, when a serial line is
     * given, every one of them carries it.
     */
    static List<JsonNode> awaitAlerts(String code, String queryId, int count, String serialLine) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> stories.alertsOf(code, queryId),
                        alerts -> alerts.size() == count
                                && (serialLine == null
                                        || alerts.stream()
                                                .allMatch(a -> serialLine.equals(a.path("patterns")
                                                        .path("serialLine")
                                                        .asText()))));
    }

    static JsonNode alertOf(String code, String queryId) {
        List<JsonNode> alerts = stories.alertsOf(code, queryId);
        return alerts.isEmpty() ? null : alerts.get(0);
    }

    static void awaitComplete(String queryId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> stories.api(SUFFOLK)
                                .get("/api/queries/" + queryId)
                                .json(),
                        r -> r.path("status").asText().equals("COMPLETE"));
    }

    static List<String> outboxTypes(String code, String queryId) {
        return federation
                .node(code)
                .jdbc()
                .queryForList(
                        "select message_type from outbox_message where correlation_id = ?", String.class, queryId);
    }

    /** Every encoding in the message (the query's and each victim's) checked as blinded values and replaced. */
    static JsonNode blinded(JsonNode message) {
        JsonNode copy = message.deepCopy();
        blindEncodings(copy);
        return copy;
    }

    private static void blindEncodings(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            for (String name : names) {
                if (name.equals("encoding") && object.get(name).isObject()) {
                    assertBlinded(object.get(name));
                    object.put(name, "blinded");
                } else {
                    blindEncodings(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(SerialPerpetratorTests::blindEncodings);
        }
    }

    private static void assertBlinded(JsonNode encoding) {
        encoding.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isNumber()) {
                return;
            }
            List<JsonNode> parts = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(parts::add);
            } else {
                parts.add(value);
            }
            for (JsonNode part : parts) {
                if (!part.isNumber()) {
                    assertThat(Base64.getDecoder().decode(part.asText()))
                            .as(field.getKey())
                            .isNotNull();
                }
            }
        });
    }

    static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }
}
