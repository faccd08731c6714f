package org.crossflag.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.catalina.connector.Connector;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordsSource;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.disclosures.records.HeldRecord;
import org.crossflag.gateway.disclosures.records.HeldRecordKind;
import org.crossflag.gateway.disclosures.records.PersonRecords;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.hearings.queries.PriorHearingQueryHandler;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncodingCodec;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Person records through the officers' API on a node with a matching key: a DVDS officer's record is stored once,
 * its person is in the blinded index (a DVDS check finds them) but gives no prior-hearing hit, bad input stores
 * nothing, a coordinator may not call, and the holding officer reads the person's records and hearings together.
 */
@SpringBootTest(classes = CrossflagApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PersonRecordsApiTests.RecordsSystem.class)
class PersonRecordsApiTests {

    /** The force's records system as a {@link LocalRecordsSource}: what it holds now, per its own person id. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RecordsSystem {

        static final Map<String, List<LocalPersonRecord>> HELD = new ConcurrentHashMap<>();

        @Bean
        LocalRecordsSource recordsSystem() {
            return new LocalRecordsSource() {
                @Override
                public String adapterId() {
                    return "records-rms";
                }

                @Override
                public List<LocalPersonRecord> recordsHeldAbout(String localPersonId) {
                    if (localPersonId.equals("ESX-P-809")) {
                        throw new LocalRecordsUnavailableException("RECORDS_SYSTEM_UNREACHABLE", "no answer", null);
                    }
                    return HELD.getOrDefault(localPersonId, List.of());
                }
            };
        }
    }

    static final String DVDS_OFFICER = "dvds";
    static final String COORDINATOR = "marac";
    static final String PASSWORD = "secret-for-tests";
    static final ObjectMapper JSON = new ObjectMapper();

    static IdentityEncoder peerEncoder;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HearingMatching matching;

    @Autowired
    PersonRecords personRecords;

    @Autowired
    LocalRecordSink sink;

    @Autowired
    PriorHearingQueryHandler queries;

    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dir = Files.createTempDirectory(target, "person-records-");
        NodeFixture fixture = new NodeFixture(dir);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path secretFile = Files.writeString(
                dir.resolve("matching-secret"), Base64.getEncoder().encodeToString(secret));
        peerEncoder = new IdentityEncoder(MatchingKeyring.single(1, secret));
        fixture.nodeSettings().toMap().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("crossflag.matching.keys[0].version", () -> "1");
        registry.add("crossflag.matching.keys[0].secret-file", secretFile::toString);
        registry.add("crossflag.matching.keys[0].start", () -> "2020-01-01T00:00:00Z");
        registry.add("crossflag.policy.file", openPolicy(dir)::toString);
        registry.add("crossflag.api.plain-text-passwords-for-tests", () -> "true");
        user(registry, 0, DVDS_OFFICER, "ESX-DVDS-01", RequesterRole.DVDS_OFFICER);
        user(registry, 1, COORDINATOR, "ESX-MARAC-01", RequesterRole.MARAC_COORDINATOR);
    }

    @Test
    void anOfficersRecordIsStoredAuditedAndItsPersonFoundByABlindedCheck() throws Exception {
        long held = count("person_record");
        long audited = audited("ESX-DVDS-01");

        HttpResponse<String> response = post(DVDS_OFFICER, body("CR/2019/0042", "ESX-P-801", "Orton", "CONVICTION"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("duplicate").asBoolean(true)).isFalse();
        String recordId = answer.path("recordId").asText();
        assertThat(count("person_record")).isEqualTo(held + 1);
        assertThat(audited("ESX-DVDS-01")).isEqualTo(audited + 1);
        String personId = personOf(recordId);

        LocalPerson asAnotherForceHasThem = new LocalPerson(
                "KNT-1", List.of("Dale"), List.of("Orton"), null, "1988-09-14", null, null, null, null, null, null);
        assertThat(candidates(asAnotherForceHasThem)).contains(personId);
        LocalPerson stranger = new LocalPerson(
                "KNT-2",
                List.of("Philippa"),
                List.of("Thornaby"),
                null,
                "1961-11-30",
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(candidates(stranger)).doesNotContain(personId);
    }

    @Test
    void aRecordDeliveredTwiceIsStoredOnce() throws Exception {
        String body = body("CR/2020/0007", "ESX-P-802", "Marlowe", "CAUTION");
        HttpResponse<String> first = post(DVDS_OFFICER, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        long held = count("person_record");

        HttpResponse<String> again = post(DVDS_OFFICER, body);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("duplicate").asBoolean()).isTrue();
        assertThat(JSON.readTree(again.body()).path("recordId").asText())
                .isEqualTo(JSON.readTree(first.body()).path("recordId").asText());
        assertThat(count("person_record")).isEqualTo(held);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long held = count("person_record");
        long people = count("local_person");

        refused(body("CR/2021/0001", "ESX-P-803", "Vance", "ARREST"), "kind", "KIND_UNKNOWN");
        refused(
                body("CR/2021/0002", "ESX-P-803", "Vance", "ORDER").replace("\"2019-03-04\"", "\"04/03/2019\""),
                "date",
                "DATE_INVALID");
        refused(
                body("CR/2021/0003", "ESX-P-803", "Vance", "ORDER").replace("\"date\": \"2019-03-04\",", ""),
                "date",
                "FIELD_MISSING");
        refused(
                body("CR/2021/0004", "ESX-P-803", "Vance", "MARKER")
                        .replace("Assault by beating; 12 weeks' custody", "x".repeat(501)),
                "summary",
                "VALUE_TOO_LONG");
        refused(body("CR/2021/0005", "ESX-P-803", "", "CONVICTION"), "person.familyName", "SUBJECT_UNIDENTIFIABLE");
        refused(body("CR;2021", "ESX-P-803", "Vance", "CONVICTION"), "reference", "INVALID_FORM");

        assertThat(count("person_record")).isEqualTo(held);
        assertThat(count("local_person")).isEqualTo(people);
    }

    @Test
    void aCoordinatorMayNotHoldPersonRecords() throws Exception {
        long held = count("person_record");

        HttpResponse<String> response = post(COORDINATOR, body("CR/2022/0001", "ESX-P-804", "Pryce", "ORDER"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(count("person_record")).isEqualTo(held);
    }

    @Test
    void aPersonWithOnlyConvictionsGivesNoPriorHearingHitButAHeardPersonDoes() {
        LocalPerson convicted = person("ESX-P-805", "Ashdown", "1975-02-11");
        sink.personRecordHeld("records-rms", record("CR/2018/0100", convicted, RecordKind.CONVICTION, 2018));
        LocalPerson heard = person("ESX-P-806", "Fenwick", "1969-07-23");
        sink.hearingHeld("records-rms", hearing("MARAC-ESX-2025-0806", heard, LocalDate.of(2025, 6, 2)));

        assertThat(candidates(convicted)).as("indexed").isNotEmpty();
        assertThat(hitsFor(convicted)).isEmpty();
        assertThat(hitsFor(heard)).hasSize(1);
    }

    @Test
    void theHoldingOfficerReadsThePersonsRecordsAndHearingsNewestFirst() {
        LocalPerson subject = person("ESX-P-807", "Tolland", "1990-05-30");
        LocalRecordSink.RecordOutcome conviction =
                sink.personRecordHeld("records-rms", record("CR/2016/0501", subject, RecordKind.CONVICTION, 2016));
        LocalRecordSink.RecordOutcome order = sink.personRecordHeld(
                "records-rms",
                new LocalPersonRecord(
                        "ORD/2023/0009",
                        subject,
                        RecordKind.ORDER,
                        LocalDate.of(2023, 4, 1),
                        LocalDate.of(2027, 4, 1),
                        "Restraining order"));
        LocalRecordSink.RecordOutcome hearing =
                sink.hearingHeld("records-rms", hearing("MARAC-ESX-2024-0807", subject, LocalDate.of(2024, 9, 9)));

        List<HeldRecord> held = personRecords.heldAbout(personOf(conviction.recordId()));

        assertThat(held)
                .extracting(HeldRecord::recordId)
                .containsExactly(hearing.recordId(), order.recordId(), conviction.recordId());
        assertThat(held)
                .extracting(HeldRecord::kind)
                .containsExactly(HeldRecordKind.MARAC_HEARING, HeldRecordKind.ORDER, HeldRecordKind.CONVICTION);
        assertThat(held)
                .extracting(HeldRecord::category)
                .containsExactly(DataCategory.MARAC_AND_PANEL_HISTORY, DataCategory.ORDERS, DataCategory.CONVICTIONS);
        assertThat(held.get(1).endsOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(held.get(1).summary()).isEqualTo("Restraining order");
        assertThat(held.get(0).summary()).contains("MARAC-ESX-2024-0807");
        assertThat(held.get(2).rehabilitationGuidance()).contains("Custodial sentence of up to 1 year");
    }

    @Test
    void theHoldingOfficerAlsoReadsWhatTheRecordsSystemHoldsNowAboutAPersonItSent() {
        LocalPerson subject = person("ESX-P-808", "Quillfeather", "1984-03-22");
        LocalRecordSink.RecordOutcome conviction =
                sink.personRecordHeld("records-rms", record("CR/2019/0808", subject, RecordKind.CONVICTION, 2019));
        LocalPersonRecord marker = new LocalPersonRecord(
                "MKR/2025/0808",
                subject,
                RecordKind.MARKER,
                LocalDate.of(2025, 1, 17),
                null,
                "Warning marker: domestic abuse");
        RecordsSystem.HELD.put(
                "ESX-P-808", List.of(record("CR/2019/0808", subject, RecordKind.CONVICTION, 2019), marker));

        List<HeldRecord> held = personRecords.heldAbout(personOf(conviction.recordId()));

        assertThat(held).extracting(HeldRecord::kind).containsExactly(HeldRecordKind.MARKER, HeldRecordKind.CONVICTION);
        assertThat(held.get(0).category()).isEqualTo(DataCategory.INTELLIGENCE);
        assertThat(held.get(0).summary()).isEqualTo("Warning marker: domestic abuse");
        assertThat(held.get(1).recordId()).isEqualTo(conviction.recordId());
        assertThat(personRecords
                        .heldAbout(personOf(conviction.recordId()))
                        .get(0)
                        .recordId())
                .as("the same id each time it is read")
                .isEqualTo(held.get(0).recordId());

        LocalPerson unreachable = person("ESX-P-809", "Brackenridge", "1979-11-02");
        LocalRecordSink.RecordOutcome order =
                sink.personRecordHeld("records-rms", record("ORD/2020/0809", unreachable, RecordKind.ORDER, 2020));
        assertThatThrownBy(() -> personRecords.heldAbout(personOf(order.recordId())))
                .isInstanceOfSatisfying(
                        LocalRecordsUnavailableException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("RECORDS_SYSTEM_UNREACHABLE"));
    }

    private void refused(String body, String field, String reasonCode) throws Exception {
        HttpResponse<String> response = post(DVDS_OFFICER, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("field").asText()).isEqualTo(field);
        assertThat(answer.path("reasonCode").asText()).isEqualTo(reasonCode);
        assertThat(answer.path("message").asText()).isNotBlank().doesNotContain("Vance");
    }

    private List<String> candidates(LocalPerson person) {
        HearingMatching.QueryEncoding encoding = matching.encodeForQuery(LocalPeople.identity(person), Instant.now())
                .orElseThrow();
        return matching.candidates(matching.readQuery(encoding.wire())).stream()
                .map(MatchCandidate::localId)
                .toList();
    }

    /** Hands the node a prior-hearing query from its peer, as its inbox would, and returns the hits it issued. */
    private List<String> hitsFor(LocalPerson subject) {
        Instant now = Instant.now();
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("answerBy", now.plus(Duration.ofHours(1)).toString());
        payload.set(
                "encoding", new IdentityEncodingCodec().write(peerEncoder.encode(LocalPeople.identity(subject), 1)));
        String queryId = UUID.randomUUID().toString();
        Envelope query = new Envelope(
                UUID.randomUUID().toString(),
                queryId,
                1,
                MessageType.PRIOR_HEARING_QUERY,
                NodeFixture.PEER,
                NodeFixture.SELF,
                now,
                now.plus(Duration.ofHours(1)),
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                new Envelope.Requester("KNT-MARAC-01", RequesterRole.MARAC_COORDINATOR),
                new Envelope.Consent(ConsentState.GIVEN, null),
                List.of(DataCategory.HEARING_FLAG),
                payload);
        transactions.executeWithoutResult(status -> queries.handle(new InboundMessage(query, now)));
        return jdbc.queryForList("select hearing_id from issued_hit where query_id = ?", String.class, queryId);
    }

    private HttpResponse<String> post(String username, String json) throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort() + "/api/person-records"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Basic " + login)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The officers' API connector: the one that is not the federation port's. */
    private int apiPort() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        Connector federation = tomcat.getTomcat().getConnector();
        for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
            if (connector != federation) {
                return connector.getLocalPort();
            }
        }
        throw new IllegalStateException("no API connector");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Entries move from the journal to the chained trail; one statement counts both at one moment. */
    private long audited(String officerId) {
        return jdbc.queryForObject(
                "select (select count(*) from audit_journal where action = 'PERSON_RECORD_HELD'"
                        + " and actor_officer_id = ?) + (select count(*) from audit_entry"
                        + " where action = 'PERSON_RECORD_HELD' and actor_officer_id = ?)",
                Long.class,
                officerId,
                officerId);
    }

    private String personOf(String recordId) {
        return jdbc.queryForObject("select person_id from person_record where record_id = ?", String.class, recordId);
    }

    private static String body(String reference, String localId, String familyName, String kind) {
        return """
                {"adapterId": "records-api", "reference": "%s",
                 "person": {"localId": "%s", "givenNames": "Dale", "familyName": "%s",
                            "dateOfBirth": "1988-09-14", "postcode": "CM1 1AA"},
                 "kind": "%s", "date": "2019-03-04", "endsOn": null,
                 "summary": "Assault by beating; 12 weeks' custody"}""".formatted(reference, localId, familyName, kind);
    }

    private static LocalPerson person(String localId, String familyName, String dateOfBirth) {
        return new LocalPerson(
                localId, List.of("Gareth"), List.of(familyName), null, dateOfBirth, "M", null, null, null, null, null);
    }

    private static LocalPersonRecord record(String reference, LocalPerson person, RecordKind kind, int year) {
        return new LocalPersonRecord(
                reference, person, kind, LocalDate.of(year, 3, 4), null, "Assault by beating; 12 weeks' custody");
    }

    private static LocalHearing hearing(String reference, LocalPerson subject, LocalDate heardOn) {
        return new LocalHearing(
                reference, Forum.MARAC, heardOn, subject, new Contact("MARAC coordinator", "01245 000000", null), null);
    }

    private static void user(
            DynamicPropertyRegistry registry, int index, String name, String officer, RequesterRole role) {
        String prefix = "crossflag.api.users[" + index + "].";
        registry.add(prefix + "username", () -> name);
        registry.add(prefix + "password", () -> "{noop}" + PASSWORD);
        registry.add(prefix + "officer-id", () -> officer);
        registry.add(prefix + "role", role::name);
    }

    /** Shares hearing flags with the peer, as a region's agreement would. */
    private static Path openPolicy(Path dir) throws IOException {
        return Files.writeString(dir.resolve("policy.yml"), """
                agreements:
                  - id: TEST-REGION-HEARING-FLAGS
                    members: ["*"]
                    messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert]
                    purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
                    legalBases: [CRIME_AND_DISORDER_ACT_1998_S115, COMMON_LAW_POLICING_PURPOSE]
                    dataCategories: [HEARING_FLAG, CONTACT_DETAILS, RISK_SCORE]
                    roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                """);
    }
}
