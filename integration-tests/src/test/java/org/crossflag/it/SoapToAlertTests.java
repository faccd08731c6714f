package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.crossflag.adapter.LocalEventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Essex's records system pushes a hearing over SOAP, with {@code curl} and a fixture file, through Essex's
 * local-systems connector; later Suffolk's MARAC spreadsheet refers the same person. Suffolk's coordinator gets the
 * prior hearing, Essex's gets the referral elsewhere. Bad and hostile envelopes get faults with reasons, and nothing
 * of them is stored.
 */
class SoapToAlertTests {

    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(8);
    static final String EVENTS_PATH = "/local/soap/records-system-events";
    static final String HEARING_ACTION = "\"urn:crossflag:records-system:v1:HearingRecorded\"";
    static final String WITHDRAWAL_ACTION = "\"urn:crossflag:records-system:v1:RecordWithdrawn\"";

    @TempDir
    static Path dir;

    static TestFederation federation;
    static LocalSystemsAccess essexLocal;
    static Path suffolkInbox;
    static Path caPem;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        essexLocal = LocalSystemsAccess.create(
                dir.resolve("essex-local"), List.of(LocalEventType.HEARING_RECORDED, LocalEventType.RECORD_WITHDRAWN));
        caPem = essexLocal.writeCaPem(dir.resolve("essex-local-ca.pem"));
        suffolkInbox = dir.resolve("suffolk-marac-inbox");
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, SUFFOLK), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, QUERY_TIMEOUT.toString());
            if (code.equals(ESSEX)) {
                settings.putAll(essexLocal.settings());
                settings.put("crossflag.adapters.rms-soap.enabled", "true");
            } else {
                settings.put("crossflag.adapters.marac-csv.enabled", "true");
                settings.put("crossflag.adapters.marac-csv.inbox", suffolkInbox);
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
    void aHearingPushedOverSoapIsFoundWhenSuffolksSpreadsheetRefersThePersonAndBothCoordinatorsAreAlerted()
            throws Exception {
        Curl pushed = curl(HEARING_ACTION, fixture("hearing-recorded.xml"));

        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        assertThat(pushed.body()).contains("recordAccepted").contains("<duplicate>false</duplicate>");
        assertThat(hearingsStored("MARAC-ESX-2026-0918")).isOne();

        drop(
                "GB-SFK-marac.csv",
                "record_type,reference,forum,date,person_id,given_names,family_name,dob,"
                        + "coordinator_name,coordinator_phone,coordinator_email\r\n"
                        + "REFERRAL,MARAC-SFK-2026-3310,MARAC,2026-11-20,SFK-P-3310,Leofric,Brackenbury,1979-08-23,"
                        + "MARAC coordinator Ipswich,01632 960301,marac.ipswich@suffolk.police.example\r\n");

        JsonNode suffolkAlert = await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> alertAbout(SUFFOLK, "heardReference", "MARAC-ESX-2026-0918"), a -> a != null);
        assertThat(suffolkAlert.path("kind").asText()).isEqualTo("PRIOR_HEARING_ELSEWHERE");
        assertThat(suffolkAlert.path("band").asText()).isEqualTo("MATCH");
        assertThat(suffolkAlert.path("contact").path("phone").asText()).isEqualTo("01632 960144");
        JsonNode essexAlert = await().atMost(Duration.ofSeconds(20))
                .until(() -> alertAbout(ESSEX, "referralReference", "MARAC-SFK-2026-3310"), a -> a != null);
        assertThat(essexAlert.path("kind").asText()).isEqualTo("REFERRED_ELSEWHERE");
        assertThat(essexAlert.path("heardReference").asText()).isEqualTo("MARAC-ESX-2026-0918");
    }

    @Test
    void aBadEnvelopeGetsAFaultWithItsReasonAndNothingIsStored() throws Exception {
        long before = hearingsStored();

        Curl refused = curl(HEARING_ACTION, fixture("unknown-forum.xml"));

        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.body())
                .contains("Fault")
                .contains("FIELD_INVALID")
                .contains("hearing/forum")
                .doesNotContain("Weekly review");
        assertThat(hearingsStored()).isEqualTo(before);
        assertThat(hearingsStored("MARAC-ESX-2026-0919")).isZero();
    }

    @Test
    void anExternalEntityAndAnEntityExpansionEachGetAFaultAndNothingIsStored() throws Exception {
        long before = hearingsStored();
        long auditBefore = hearingAuditEntries();

        Curl external = curl(WITHDRAWAL_ACTION, fixture("external-entity.xml"));
        Curl expansion = curl(WITHDRAWAL_ACTION, fixture("entity-expansion.xml"));

        assertThat(external.body()).contains("Fault").contains("XML_DOCTYPE_REFUSED");
        assertThat(expansion.body()).contains("Fault").contains("XML_DOCTYPE_REFUSED");
        assertThat(external.status()).isEqualTo(500);
        assertThat(expansion.status()).isEqualTo(500);
        assertThat(hearingsStored()).isEqualTo(before);
        assertThat(hearingAuditEntries())
                .as("no hearing was recorded or withdrawn")
                .isEqualTo(auditBefore);
    }

    @Test
    void withoutItsApiKeyTheRecordsSystemIsNotLetIn() throws Exception {
        Curl refused = curlWithoutKey(HEARING_ACTION, fixture("hearing-recorded.xml"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("LOCAL_CLIENT_UNAUTHENTICATED");
    }

    record Curl(int status, String body) {}

    static Curl curl(String action, Path body) throws IOException, InterruptedException {
        return run(action, body, true);
    }

    static Curl curlWithoutKey(String action, Path body) throws IOException, InterruptedException {
        return run(action, body, false);
    }

    private static Curl run(String action, Path body, boolean withKey) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "curl", ".out");
        List<String> command = new ArrayList<>(List.of(
                "curl",
                "-sS",
                "--max-time",
                "30",
                "--cacert",
                caPem.toString(),
                "-o",
                out.toString(),
                "-w",
                "%{http_code}",
                "-H",
                "Content-Type: text/xml; charset=utf-8",
                "-H",
                "SOAPAction: " + action,
                "--data-binary",
                "@" + body));
        if (withKey) {
            command.addAll(List.of("-H", LocalSystemsAccess.API_KEY_HEADER + ": " + essexLocal.apiKey()));
        }
        command.add(essexLocal.uri(EVENTS_PATH).toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(40, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(errors).isZero();
        return new Curl(Integer.parseInt(status.trim()), Files.readString(out));
    }

    static Path fixture(String name) throws IOException {
        try (var in = SoapToAlertTests.class.getResourceAsStream("/soap/" + name)) {
            assertThat(in).as(name).isNotNull();
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    static long hearingsStored() {
        return federation.node(ESSEX).jdbc().queryForObject("select count(*) from hearing", Long.class);
    }

    static long hearingsStored(String reference) {
        return federation
                .node(ESSEX)
                .jdbc()
                .queryForObject("select count(*) from hearing where local_reference = ?", Long.class, reference);
    }

    static long hearingAuditEntries() {
        return federation
                .node(ESSEX)
                .jdbc()
                .queryForObject("select count(*) from audit_entry where action like 'HEARING%'", Long.class);
    }

    static JsonNode alertAbout(String code, String field, String value) {
        for (JsonNode alert : new HearingsFederation.Api(federation.node(code))
                .get("/api/alerts")
                .json()) {
            if (value.equals(alert.path(field).asText())) {
                return alert;
            }
        }
        return null;
    }

    static void drop(String name, String text) throws IOException {
        Path aside = dir.resolve(name + ".part");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        Files.move(aside, suffolkInbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
