package org.crossflag.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.LocalDelivery;
import org.crossflag.adapter.LocalDeliveryChannel;
import org.crossflag.adapter.LocalDeliveryFailedException;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.disclosures.holding.DisclosureChecksAndRequests;
import org.crossflag.gateway.disclosures.holding.IssuedDisclosureHits;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A node with a matching key, a DVDS agreement with its peer and an adapter's delivery channel: a case system's DVDS
 * application is stored once under its reference and starts the checks, bad fields are refused by name with nothing
 * stored or sent, and a disclosure request from the peer reaches the adapter's channel, which is retried until it
 * takes it and then not sent it again.
 */
@SpringBootTest(classes = CrossflagApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AdapterApplicationsAndDeliveriesTests.AdapterChannels.class)
class AdapterApplicationsAndDeliveriesTests {

    static final String ADAPTER = "case-dvds";

    @Autowired
    LocalRecordSink sink;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IssuedDisclosureHits hits;

    @Autowired
    DisclosureChecksAndRequests holding;

    @Autowired
    CaseTools caseTools;

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dir = Files.createTempDirectory(target, "adapter-deliveries-");
        NodeFixture fixture = new NodeFixture(dir);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path secretFile = Files.writeString(
                dir.resolve("matching-secret"), Base64.getEncoder().encodeToString(secret));
        fixture.nodeSettings().toMap().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("crossflag.matching.keys[0].version", () -> "1");
        registry.add("crossflag.matching.keys[0].secret-file", secretFile::toString);
        registry.add("crossflag.matching.keys[0].start", () -> "2020-01-01T00:00:00Z");
        registry.add("crossflag.policy.file", dvdsPolicy(dir)::toString);
        registry.add("crossflag.hearings.alert-push-interval", () -> "PT0.1S");
        registry.add("crossflag.hearings.alert-push-initial-backoff", () -> "PT0.2S");
    }

    @Test
    void aGoodApplicationIsStoredUnderItsReferenceAndStartsTheChecks() {
        long checks = checksQueued();

        LocalRecordSink.RecordOutcome outcome = sink.dvdsApplicationReceived(ADAPTER, application("DVDS/2026/0101"));

        assertThat(outcome.duplicate()).isFalse();
        Map<String, Object> stored = jdbc.queryForMap(
                "select source, local_reference, status, officer_role from dvds_application where application_id = ?",
                outcome.recordId());
        assertThat(stored)
                .containsEntry("source", ADAPTER)
                .containsEntry("local_reference", "DVDS/2026/0101")
                .containsEntry("status", "CHECKS")
                .containsEntry("officer_role", RequesterRole.INTEGRATION_SERVICE.wire());
        assertThat(jdbc.queryForObject(
                        "select count(*) from dvds_force where application_id = ? and force_code = ?",
                        Long.class,
                        outcome.recordId(),
                        NodeFixture.PEER))
                .isEqualTo(1);
        assertThat(checksQueued()).isEqualTo(checks + 1);
    }

    @Test
    void theSameReferenceAgainIsADuplicateAndSendsNothing() {
        LocalRecordSink.RecordOutcome first = sink.dvdsApplicationReceived(ADAPTER, application("DVDS/2026/0102"));
        long applications = count("dvds_application");
        long checks = checksQueued();

        LocalRecordSink.RecordOutcome again = sink.dvdsApplicationReceived(ADAPTER, application("DVDS/2026/0102"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.recordId()).isEqualTo(first.recordId());
        assertThat(count("dvds_application")).isEqualTo(applications);
        assertThat(checksQueued()).isEqualTo(checks);
        // Another adapter may use the same reference for its own application.
        assertThat(sink.dvdsApplicationReceived("other-case-system", application("DVDS/2026/0102"))
                        .duplicate())
                .isFalse();
    }

    @Test
    void badFieldsAreRefusedByNameWithNothingStoredOrSent() {
        long applications = count("dvds_application");
        long checks = checksQueued();
        long audited = received();
        LocalDvdsApplication good = application("DVDS/2026/0103");

        refused(
                ADAPTER,
                with(good, subject("07/03/1986"), good.legalBasis(), good.categories()),
                "subject.dateOfBirth",
                "DATE_INVALID");
        refused(ADAPTER, with(good, good.subject(), null, good.categories()), "legalBasis", "LEGAL_BASIS_MISSING");
        refused(ADAPTER, with(good, good.subject(), "BECAUSE", good.categories()), "legalBasis", "CODE_UNKNOWN");
        refused(
                ADAPTER,
                with(good, good.subject(), good.legalBasis(), List.of("CONVICTIONS", "HEARING_FLAG")),
                "categories[1]",
                "CATEGORY_INVALID");
        refused(
                ADAPTER,
                with(good, subject(null), good.legalBasis(), good.categories()),
                "subject.dateOfBirth",
                "FIELD_MISSING");
        refused("Case DVDS", good, "adapterId", "SOURCE_INVALID");

        assertThat(count("dvds_application")).isEqualTo(applications);
        assertThat(checksQueued()).isEqualTo(checks);
        assertThat(received()).isEqualTo(audited);
    }

    @Test
    void aDisclosureRequestReachesTheAdaptersChannelWhichIsRetriedUntilItTakesIt() {
        caseTools.failuresLeft.set(1);
        String requestId = receiveDisclosureRequest();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SENT"
                        .equals(jdbc.queryForObject(
                                "select status from local_push where subject_id = ? and channel = ?",
                                String.class,
                                requestId,
                                CaseTools.ID)));

        assertThat(jdbc.queryForObject(
                        "select attempts from local_push where subject_id = ? and channel = ?",
                        Integer.class,
                        requestId,
                        CaseTools.ID))
                .isEqualTo(2);
        List<LocalDelivery.DisclosureRequestDelivery> delivered = caseTools.delivered.stream()
                .filter(d -> d instanceof LocalDelivery.DisclosureRequestDelivery)
                .map(d -> (LocalDelivery.DisclosureRequestDelivery) d)
                .filter(d -> d.requestId().equals(requestId))
                .toList();
        assertThat(delivered).hasSize(1);
        LocalDelivery.DisclosureRequestDelivery delivery = delivered.get(0);
        assertThat(delivery.fromForce()).isEqualTo(NodeFixture.PEER);
        assertThat(delivery.purpose()).isEqualTo("DVDS_RIGHT_TO_ASK");
        assertThat(delivery.categories()).containsExactly("CONVICTIONS", "ORDERS");
        assertThat(delivery.respondBy()).isNotNull();
        assertThat(caseTools.attemptsFor(requestId)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'DVDS_REQUEST_PUSHED'", Long.class))
                .isGreaterThanOrEqualTo(1);
    }

    /** A DisclosureRequest from the peer, quoting a hit this node issued to it, handed over as the inbox would. */
    private String receiveDisclosureRequest() {
        LocalPerson held = new LocalPerson(
                "ESX-P-901", List.of("Dale"), List.of("Orton"), null, "1988-09-14", null, null, null, null, null, null);
        LocalRecordSink.RecordOutcome record = sink.personRecordHeld(
                "records-rms",
                new LocalPersonRecord(
                        "CR/2019/0901", held, RecordKind.CONVICTION, LocalDate.of(2019, 3, 4), null, "Assault"));
        String personId = jdbc.queryForObject(
                "select person_id from person_record where record_id = ?", String.class, record.recordId());
        Instant now = Instant.now();
        String applicationId = UUID.randomUUID().toString();
        String hitId = UUID.randomUUID().toString();
        hits.insert(
                new IssuedDisclosureHits.IssuedHit(
                        hitId,
                        applicationId,
                        UUID.randomUUID().toString(),
                        NodeFixture.PEER,
                        personId,
                        now,
                        now.plus(Duration.ofDays(1))),
                List.of(personId));
        Envelope request = new Envelope(
                UUID.randomUUID().toString(),
                applicationId,
                2,
                MessageType.DISCLOSURE_REQUEST,
                NodeFixture.PEER,
                NodeFixture.SELF,
                now,
                now.plus(Duration.ofHours(1)),
                Purpose.DVDS_RIGHT_TO_ASK,
                LegalBasis.COMMON_LAW_POLICING_PURPOSE,
                new Envelope.Requester("KNT-DVDS-01", RequesterRole.DVDS_OFFICER),
                new Envelope.Consent(ConsentState.GIVEN, null),
                List.of(DataCategory.CONVICTIONS, DataCategory.ORDERS),
                JsonNodeFactory.instance
                        .objectNode()
                        .put("hitId", hitId)
                        .put("route", "RIGHT_TO_ASK")
                        .put("answerBy", now.plus(Duration.ofDays(10)).toString()));
        transactions.executeWithoutResult(status -> holding.requests().handle(new InboundMessage(request, now)));
        return jdbc.queryForObject(
                "select request_id from dvds_incoming_request where hit_id = ?", String.class, hitId);
    }

    private void refused(String adapterId, LocalDvdsApplication application, String field, String code) {
        assertThatThrownBy(() -> sink.dvdsApplicationReceived(adapterId, application))
                .as(field)
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).doesNotContain("Orton").doesNotContain("1986");
                });
    }

    static LocalDvdsApplication application(String reference) {
        return new LocalDvdsApplication(
                reference,
                DvdsRoute.RIGHT_TO_ASK,
                LocalDate.of(2026, 11, 2),
                new LocalPerson(
                        "CASE-A-1",
                        List.of("Nadia"),
                        List.of("Orton"),
                        null,
                        "1991-04-12",
                        "F",
                        "CM1 1AA",
                        "1 Example Road",
                        null,
                        null,
                        null),
                subject("1986-03-07"),
                new LocalDvdsApplication.Applicant("PERSON_AT_RISK", null, "SELF", "EX_PARTNER"),
                "COMMON_LAW_POLICING_PURPOSE",
                ConsentState.GIVEN,
                null,
                List.of(),
                new Contact("DVDS desk", "01245 000000", null));
    }

    static LocalPerson subject(String dateOfBirth) {
        return new LocalPerson(
                "CASE-B-1",
                List.of("Robert"),
                List.of("Ashdown"),
                null,
                dateOfBirth,
                "M",
                "CM2 9XX",
                null,
                null,
                null,
                null);
    }

    static LocalDvdsApplication with(
            LocalDvdsApplication a, LocalPerson subject, String legalBasis, List<String> categories) {
        return new LocalDvdsApplication(
                a.localReference(),
                a.route(),
                a.receivedOn(),
                a.personAtRisk(),
                subject,
                a.applicant(),
                legalBasis,
                a.consent(),
                a.justification(),
                categories,
                a.officer());
    }

    private long checksQueued() {
        return jdbc.queryForObject(
                "select count(*) from outbox_message where message_type = 'DisclosureCheck'", Long.class);
    }

    private long received() {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'DVDS_APPLICATION_RECEIVED'", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static Path dvdsPolicy(Path dir) throws IOException {
        return Files.writeString(dir.resolve("policy.yml"), """
                agreements:
                  - id: TEST-REGION-DVDS
                    members: ["*"]
                    messageTypes: [DisclosureCheck, DisclosureCheckAnswer, DisclosureRequest, DisclosureAnswer]
                    purposes: [DVDS_RIGHT_TO_ASK, DVDS_RIGHT_TO_KNOW]
                    legalBases: [COMMON_LAW_POLICING_PURPOSE, DPA2018_PART3_LAW_ENFORCEMENT]
                    dataCategories: [CONVICTIONS, CAUTIONS_AND_DISPOSALS, MARAC_AND_PANEL_HISTORY, ORDERS, INTELLIGENCE]
                    roles: [DVDS_OFFICER, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                """);
    }

    /** The force's case tools behind an adapter: fails as often as a test says, then keeps what it is given. */
    static final class CaseTools implements LocalDeliveryChannel {

        static final String ID = "case-tools";
        final AtomicInteger failuresLeft = new AtomicInteger();
        final List<LocalDelivery> delivered = Collections.synchronizedList(new ArrayList<>());
        final List<LocalDelivery> attempts = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String channelId() {
            return ID;
        }

        @Override
        public void deliver(LocalDelivery delivery) {
            attempts.add(delivery);
            if (failuresLeft.getAndDecrement() > 0) {
                throw new LocalDeliveryFailedException("HTTP_503", "case tools unavailable", null);
            }
            delivered.add(delivery);
        }

        long attemptsFor(String requestId) {
            synchronized (attempts) {
                return attempts.stream()
                        .filter(d -> d instanceof LocalDelivery.DisclosureRequestDelivery r
                                && r.requestId().equals(requestId))
                        .count();
            }
        }
    }

    @TestConfiguration
    static class AdapterChannels {

        @Bean
        CaseTools caseTools() {
            return new CaseTools();
        }
    }
}
