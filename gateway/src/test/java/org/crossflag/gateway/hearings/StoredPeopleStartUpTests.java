package org.crossflag.gateway.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.NodeTestDatabase;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.hearings.queries.PriorHearingQueryHandler;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncodingCodec;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A node whose database already holds people of every shape its adapters accept, a person known only by a PNC id
 * among them, starts (its index is rebuilt from them before any route runs) and answers another force's
 * prior-hearing queries about each of them. The records are written before the node starts, with the node's own
 * repositories; the queries are encoded as the peer would encode them, under the shared matching secret.
 */
@SpringBootTest(classes = CrossflagApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredPeopleStartUpTests {

    static final String ADAPTER = "marac-csv";
    static final String PNC_ONLY_HEARING = "MARAC-ESX-2025-0501";
    static final String NAMED_HEARING = "MARAC-ESX-2025-0502";
    static final String NO_NAME_HEARING = "MARAC-ESX-2025-0503";
    static final LocalPerson PNC_ONLY =
            new LocalPerson("ESX-P-501", null, null, null, null, null, null, null, "07/1733272N", null, null);
    static final LocalPerson NAMED = new LocalPerson(
            "ESX-P-502",
            List.of("Ambrose"),
            List.of("Kettleby"),
            List.of(),
            "1983-04-19",
            "M",
            "CM1 1AA",
            null,
            null,
            null,
            null);
    /** A surname cell holding only punctuation, and a PNC id: matched on the PNC, as if unnamed. */
    static final LocalPerson NO_NAME = new LocalPerson(
            "ESX-P-503", List.of(), List.of("--"), List.of(), "1990-11-02", null, null, null, "19/88123Q", null, null);

    static IdentityEncoder peerEncoder;

    @Autowired
    PriorHearingQueryHandler queries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dir = Files.createTempDirectory(target, "stored-people-");
        NodeFixture fixture = new NodeFixture(dir);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path secretFile = Files.writeString(
                dir.resolve("matching-secret"), Base64.getEncoder().encodeToString(secret));
        peerEncoder = new IdentityEncoder(MatchingKeyring.single(1, secret));
        Path dataDir = fixture.dir.resolve("data");
        try (NodeTestDatabase db = NodeTestDatabase.h2ForNode(dataDir, NodeFixture.SELF)) {
            store(db.jdbc, PNC_ONLY, PNC_ONLY_HEARING);
            store(db.jdbc, NAMED, NAMED_HEARING);
            store(db.jdbc, NO_NAME, NO_NAME_HEARING);
        }
        fixture.nodeSettings().toMap().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("crossflag.matching.keys[0].version", () -> "1");
        registry.add("crossflag.matching.keys[0].secret-file", secretFile::toString);
        registry.add("crossflag.matching.keys[0].start", () -> "2020-01-01T00:00:00Z");
        Path policy = openPolicy(dir);
        registry.add("crossflag.policy.file", policy::toString);
    }

    @Test
    void aPersonKnownOnlyByAPncIdIsFoundByThatPncWrittenAnotherWay() {
        assertThat(hitsFor(new LocalPerson(
                        "KNT-9", null, null, null, null, null, null, null, "2007/01733272n", null, null)))
                .containsExactly(PNC_ONLY_HEARING);
    }

    @Test
    void aPersonKnownOnlyByAPncIdIsFoundByAQueryWithANameAndThatPnc() {
        assertThat(hitsFor(new LocalPerson(
                        "KNT-10",
                        List.of("Tobias"),
                        List.of("Wrenfield"),
                        List.of(),
                        "1979-06-30",
                        "M",
                        null,
                        null,
                        "07/1733272N",
                        null,
                        null)))
                .containsExactly(PNC_ONLY_HEARING);
    }

    @Test
    void aPersonWhoseNameCellsHeldOnlyPunctuationIsFoundByTheirPnc() {
        assertThat(hitsFor(new LocalPerson(
                        "KNT-11", null, null, null, "1990-11-02", null, null, null, "2019/0088123Q", null, null)))
                .containsExactly(NO_NAME_HEARING);
    }

    @Test
    void namedPeopleAreFoundAsBeforeAndStrangersAreNot() {
        assertThat(hitsFor(new LocalPerson(
                        "KNT-12",
                        List.of("Ambrose"),
                        List.of("Kettleby"),
                        List.of(),
                        "1983-04-19",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .containsExactly(NAMED_HEARING);
        assertThat(hitsFor(new LocalPerson(
                        "KNT-13",
                        List.of("Philippa"),
                        List.of("Thornaby"),
                        List.of(),
                        "1961-11-30",
                        "F",
                        null,
                        null,
                        "99/1234567X",
                        null,
                        null)))
                .isEmpty();
    }

    /** Hands the node a prior-hearing query from its peer, as its inbox would, and returns the hearings it hit. */
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

        return jdbc.queryForList(
                "select h.local_reference from issued_hit i join hearing h on h.hearing_id = i.hearing_id"
                        + " where i.query_id = ? order by h.local_reference",
                String.class,
                queryId);
    }

    private static void store(JdbcTemplate jdbc, LocalPerson person, String reference) {
        Instant recorded = Instant.parse("2025-06-01T09:00:00Z");
        String personId = new LocalPeople(jdbc, new ObjectMapper()).save(ADAPTER, person, recorded);
        new HearingRepository(jdbc)
                .insertHearing(
                        ADAPTER,
                        new LocalHearing(
                                reference,
                                Forum.MARAC,
                                LocalDate.of(2025, 5, 28),
                                person,
                                new Contact("MARAC coordinator", "01245 000000", null),
                                null),
                        personId,
                        recorded);
    }

    /** Shares hearing flags with the peer, as a region's agreement would. */
    private static Path openPolicy(Path dir) throws IOException {
        return Files.writeString(dir.resolve("policy.yml"), """
                agreements:
                  - id: TEST-REGION-HEARING-FLAGS
                    members: ["*"]
                    messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert]
                    purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
                    legalBases:
                      - DPA2018_PART3_LAW_ENFORCEMENT
                      - COMMON_LAW_POLICING_PURPOSE
                      - CRIME_AND_DISORDER_ACT_1998_S115
                      - DOMESTIC_ABUSE_ACT_2021_DAPO
                      - STALKING_PROTECTION_ACT_2019_SPO
                    dataCategories: [HEARING_FLAG, CONTACT_DETAILS, RISK_SCORE]
                    roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                """);
    }
}
