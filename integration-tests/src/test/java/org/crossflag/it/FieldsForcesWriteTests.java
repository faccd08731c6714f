package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What forces really write, end to end on two real nodes: Essex holds hearings (loaded through its MARAC CSV inbox
 * and through the officers' API) whose references have spaces and whose coordinator phones carry "ext"; Suffolk
 * refers the same people, under references with spaces too. The match must be found and both coordinators alerted.
 * Values that truly cannot be carried are refused row by row at ingest; a holder that cannot answer says so.
 */
class FieldsForcesWriteTests {

    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(8);
    static final String CSV_COLUMNS = "record_type,reference,forum,date,person_id,given_names,family_name,dob,"
            + "coordinator_name,coordinator_phone,coordinator_email";

    @TempDir
    static Path dir;

    static TestFederation federation;
    static Path essexInbox;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        essexInbox = dir.resolve("essex-marac-inbox");
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, SUFFOLK), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, QUERY_TIMEOUT.toString());
            if (code.equals(ESSEX)) {
                settings.put("crossflag.adapters.marac-csv.enabled", "true");
                settings.put("crossflag.adapters.marac-csv.inbox", essexInbox);
                settings.put("crossflag.adapters.marac-csv.poll-interval", "PT0.2S");
            }
            return settings;
        });
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void aHearingLoadedByCsvWithASpacedReferenceAndAnExtPhoneIsFoundWhenSuffolkRefersThePerson() throws Exception {
        drop(
                "GB-ESX-marac.csv",
                CSV_COLUMNS + "\r\n"
                        + "HEARING,MARAC ESX 0412,MARAC,2026-05-14,ESX-P-412,Ambrose Tobias,Kettleby,1983-04-19,"
                        + "\"MARAC coordinator, Chelmsford\",01632 960101 ext 4,marac.chelmsford@essex.police.example\r\n");
        awaitMoved("GB-ESX-marac.csv", ".done");
        assertThat(essexInbox.resolve(".done/GB-ESX-marac.errors.csv")).doesNotExist();
        assertThat(jdbc(ESSEX)
                        .queryForList(
                                "select contact_phone from hearing where adapter_id = 'marac-csv' "
                                        + "and local_reference = 'MARAC ESX 0412'",
                                String.class))
                .containsExactly("01632 960101 ext 4");

        String queryId = refer("MARAC SFK 2026 1187", "SFK-P-1187", "Ambrose", "Kettleby", "1983-04-19");
        JsonNode result = awaitComplete(queryId);

        assertThat(result.path("conclusion").asText()).as(result.toString()).isEqualTo("MATCH_FOUND");
        JsonNode hit = result.path("hits").get(0);
        assertThat(hit.path("reference").asText()).isEqualTo("MARAC ESX 0412");
        assertThat(hit.path("contact").path("phone").asText()).isEqualTo("01632 960101 ext 4");
        assertBothCoordinatorsAlerted(queryId, "MARAC ESX 0412", "MARAC SFK 2026 1187", "01632 960101 ext 4");
    }

    @Test
    void aHearingEnteredThroughTheApiWithASpacedReferenceAndAnExtPhoneIsFoundWhenSuffolkRefersThePerson()
            throws Exception {
        HearingsFederation.Response heard = api(ESSEX).post("/api/hearings", """
                {"reference":"MARAC ESX 0412","forum":"MARAC","heardOn":"2026-06-02",
                 "person":{"personId":"ESX-P-9412","givenNames":["Philippa"],"familyNames":["Gorringe"],"dateOfBirth":"1991-10-27"},
                 "coordinator":{"name":"MARAC coordinator, Colchester","phone":"01632 960101 ext 4"}}
                """);
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);

        String queryId = refer("MARAC SFK 2026 2204", "SFK-P-2204", "Philippa", "Gorringe", "1991-10-27");
        JsonNode result = awaitComplete(queryId);

        assertThat(result.path("conclusion").asText()).as(result.toString()).isEqualTo("MATCH_FOUND");
        assertThat(result.path("hits").get(0).path("contact").path("phone").asText())
                .isEqualTo("01632 960101 ext 4");
        assertBothCoordinatorsAlerted(queryId, "MARAC ESX 0412", "MARAC SFK 2026 2204", "01632 960101 ext 4");
    }

    @Test
    void csvRowsWiderThanTheNodeCanHoldAreRefusedByRowWithAReasonAndTheRestOfTheFileLoadsOnce() throws Exception {
        String longReference = "MARAC ESX " + "0".repeat(71);
        String longCoordinator =
                "MARAC coordinator, " + "Chelmsford and Maldon and Braintree ".repeat(3) + "district team";
        drop(
                "GB-ESX-wide.csv",
                CSV_COLUMNS + "\r\n"
                        + "HEARING," + longReference + ",MARAC,2026-03-03,ESX-P-501,Oswin,Hartridge,1970-01-15,"
                        + "Essex MARAC coordinator,01632 960101,\r\n"
                        + "HEARING,MARAC ESX 0502,MARAC,2026-03-04,ESX-P-502,Oswin,Hartridge,1970-01-15,"
                        + "\"" + longCoordinator + "\",01632 960101,\r\n"
                        + "HEARING,MARAC ESX 0503,MARAC,2026-03-05,ESX-P-503,Lavinia,Pettigrew,1968-07-08,"
                        + "Essex MARAC coordinator,01632 960101 ext 12,\r\n");

        awaitMoved("GB-ESX-wide.csv", ".done");
        assertThat(Files.readAllLines(essexInbox.resolve(".done/GB-ESX-wide.errors.csv")))
                .containsExactly("row,reason,field", "2,VALUE_TOO_LONG,reference", "3,VALUE_TOO_LONG,coordinator_name");
        assertThat(jdbc(ESSEX)
                        .queryForList(
                                "select local_reference from hearing where local_reference like 'MARAC ESX 05%'"
                                        + " or length(local_reference) > 80",
                                String.class))
                .containsExactly("MARAC ESX 0503");
        assertThat(jdbc(ESSEX)
                        .queryForList(
                                "select local_person_id from local_person where local_person_id in "
                                        + "('ESX-P-501', 'ESX-P-502')",
                                String.class))
                .as("nothing of a refused row is stored")
                .isEmpty();
        assertThat(essexInbox.resolve("GB-ESX-wide.csv")).doesNotExist();
    }

    @Test
    void aHolderThatCannotAnswerTellsTheReferrerWhyAndShowsItOnHealthAndInAMetric() throws Exception {
        HearingsFederation.Response heard = api(ESSEX).post("/api/hearings", """
                {"reference":"MARAC-ESX-2026-0777","forum":"MARAC","heardOn":"2026-04-01",
                 "person":{"personId":"ESX-P-777","givenNames":["Cuthbert"],"familyNames":["Wenlock"],"dateOfBirth":"1977-12-02"},
                 "coordinator":{"name":"Essex MARAC coordinator","phone":"01632 960107"}}
                """);
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
        // A row written before this release's rules (or by hand) that the wire cannot carry.
        assertThat(jdbc(ESSEX)
                        .update("update hearing set contact_phone = 'ask for Sam: 01632 960107' "
                                + "where local_reference = 'MARAC-ESX-2026-0777'"))
                .isOne();

        String queryId = refer("MARAC-SFK-2026-0777", "SFK-P-777", "Cuthbert", "Wenlock", "1977-12-02");
        JsonNode result = awaitComplete(queryId);

        assertThat(result.path("note").asText())
                .as(result.toString())
                .contains("GB-ESX could not answer: ANSWER_DATA_INVALID")
                .doesNotContain("Not answered");
        assertThat(texts(result.path("couldNotAnswer"))).containsExactly("GB-ESX (ANSWER_DATA_INVALID)");
        assertThat(texts(result.path("notAnswered"))).isEmpty();
        assertThat(jdbc(ESSEX)
                        .queryForList(
                                "select processing_outcome from inbound_message where correlation_id = ?",
                                String.class,
                                queryId))
                .containsExactly("REFUSED_ANSWER_DATA_INVALID");
        assertThat(jdbc(ESSEX)
                        .queryForObject(
                                "select processing_attempts from inbound_message where correlation_id = ?",
                                Integer.class,
                                queryId))
                .as("a data error is refused, not retried")
                .isZero();
        assertThat(federation.node(ESSEX).metric("crossflag_answers_failed_total", "reason=\"ANSWER_DATA_INVALID\""))
                .isGreaterThanOrEqualTo(1.0);
        JsonNode health =
                HearingsFederation.JSON.readTree(federation.node(ESSEX).management("/actuator/health"));
        JsonNode answers = health.path("components").path("priorHearingAnswers");
        assertThat(answers.path("details").path("couldNotAnswer").asLong())
                .as(health.toString())
                .isGreaterThanOrEqualTo(1);
        assertThat(answers.path("details").path("lastReason").asText()).isEqualTo("ANSWER_DATA_INVALID");
    }

    void assertBothCoordinatorsAlerted(String queryId, String heardReference, String referralReference, String phone) {
        JsonNode suffolkAlert =
                await().atMost(Duration.ofSeconds(20)).until(() -> alertOf(SUFFOLK, queryId), a -> a != null);
        assertThat(suffolkAlert.path("kind").asText()).isEqualTo("PRIOR_HEARING_ELSEWHERE");
        assertThat(suffolkAlert.path("heardReference").asText()).isEqualTo(heardReference);
        assertThat(suffolkAlert.path("contact").path("phone").asText()).isEqualTo(phone);
        JsonNode essexAlert =
                await().atMost(Duration.ofSeconds(20)).until(() -> alertOf(ESSEX, queryId), a -> a != null);
        assertThat(essexAlert.path("kind").asText()).isEqualTo("REFERRED_ELSEWHERE");
        assertThat(essexAlert.path("heardReference").asText()).isEqualTo(heardReference);
        assertThat(essexAlert.path("referralReference").asText()).isEqualTo(referralReference);
        // Suffolk kept Essex's answer while raising the cross-area alert: nothing failed or waits for a retry.
        assertThat(jdbc(SUFFOLK)
                        .queryForList(
                                "select processing_outcome from inbound_message where correlation_id = ?",
                                String.class,
                                queryId))
                .containsExactly("HANDLED");
        assertThat(jdbc(ESSEX)
                        .queryForList(
                                "select processing_outcome from inbound_message where correlation_id = ? "
                                        + "order by arrival_seq",
                                String.class,
                                queryId))
                .containsExactly("HANDLED", "HANDLED");
    }

    static String refer(String reference, String personId, String given, String family, String dob) {
        HearingsFederation.Response referred =
                api(SUFFOLK).post("/api/referrals", """
                {"reference":"%s","forum":"MARAC","referredOn":"2026-11-20",
                 "person":{"personId":"%s","givenNames":["%s"],"familyNames":["%s"],"dateOfBirth":"%s"},
                 "coordinator":{"name":"MARAC coordinator, Ipswich","phone":"01632 960301 ext 22"},
                 "consent":{"state":"NOT_SOUGHT_THRESHOLD_MET"}}
                """.formatted(reference, personId, given, family, dob));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        return referred.json().path("queryId").asText();
    }

    static JsonNode awaitComplete(String queryId) {
        return await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api(SUFFOLK).get("/api/queries/" + queryId).json(),
                        r -> r.path("status").asText().equals("COMPLETE"));
    }

    static JsonNode alertOf(String code, String queryId) {
        for (JsonNode alert : api(code).get("/api/alerts").json()) {
            if (queryId.equals(alert.path("queryId").asText())) {
                return alert;
            }
        }
        return null;
    }

    static HearingsFederation.Api api(String code) {
        return new HearingsFederation.Api(federation.node(code));
    }

    static org.springframework.jdbc.core.JdbcTemplate jdbc(String code) {
        return federation.node(code).jdbc();
    }

    static void drop(String name, String text) throws Exception {
        Path aside = dir.resolve(name + ".part");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        Files.move(aside, essexInbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static void awaitMoved(String name, String folder) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(essexInbox.resolve(folder).resolve(name))
                        && !Files.exists(essexInbox.resolve(name)));
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
