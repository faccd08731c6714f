package org.crossflag.adapter.rmssoap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.Bus;
import org.crossflag.adapter.LocalEventType;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.github.tomakehurst.wiremock.WireMockServer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

/**
 * Sends requests about an invented person down every path that logs (accepted, a duplicate, a bad field, a caller
 * without the authority, the node refusing with a message that wrongly holds her name, the node failing, hostile
 * and broken XML, a body too large) and asks the records system about her, then checks that no log line, at DEBUG
 * and below, holds any of her values.
 */
@SpringBootTest(
        classes = SoapTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "crossflag.adapters.rms-soap.enabled=true",
            "crossflag.adapters.rms-soap.adapter-id=essex-rms",
            "crossflag.adapters.rms-soap.max-body-size=16KB"
        })
class LogPrivacyTests {

    /** Everything in the fixtures that is about the person, not a code. */
    static final List<String> VALUES = List.of(
            "Perpetua",
            "Anwen",
            "Quillfeather",
            "Pet Quill",
            "1984-03",
            "CM2 9ZZ",
            "Larkspur",
            "11/204518Q",
            "Assault by beating",
            "Non-molestation",
            "domestic abuse",
            "Ambrose",
            "Thistlewood",
            "1981-07-23",
            "CM3 4ZY",
            "Ottilie",
            "Brackwater",
            "1962-05");

    static final Path EVENTS = Path.of("src/test/resources/soap/events");
    static final Path REFUSED = Path.of("src/test/resources/soap/refused");
    static final Path HOSTILE = Path.of("src/test/resources/soap/hostile");

    @LocalServerPort
    int port;

    @Autowired
    RecordingSink sink;

    @Autowired
    Bus bus;

    @TempDir
    Path dir;

    final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    final Logger adapterLogger = (Logger) LoggerFactory.getLogger("org.crossflag");
    Level rootLevel;

    @BeforeEach
    void captureLogs() {
        sink.clear();
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG); // stricter than a node runs (INFO): CXF's and Tomcat's debug lines are checked
        adapterLogger.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        adapterLogger.setLevel(null);
    }

    Curl.Answer post(Path body, LocalEventType... allowed) throws Exception {
        return post(body, "HearingRecorded", allowed);
    }

    Curl.Answer post(Path body, String operation, LocalEventType... allowed) throws Exception {
        return Curl.postSoap(
                "http://127.0.0.1:" + port + "/local/soap/records-system-events",
                body,
                "urn:crossflag:records-system:v1:" + operation,
                RecordsSystemEventsEndpointTests.authorities(allowed));
    }

    @Test
    void logsHoldEventsRecordIdsAndReasonCodesButNoValues() throws Exception {
        Path hearing = EVENTS.resolve("hearing-recorded.xml");
        post(hearing, LocalEventType.HEARING_RECORDED);
        post(hearing, LocalEventType.HEARING_RECORDED);
        post(EVENTS.resolve("person-record-held.xml"), "PersonRecordHeld", LocalEventType.PERSON_RECORD_HELD);
        post(EVENTS.resolve("person-record-held.xml"), LocalEventType.values()); // the wrong SOAPAction
        post(hearing, LocalEventType.REFERRAL_RECEIVED);
        post(REFUSED.resolve("unknown-forum.xml"), LocalEventType.HEARING_RECORDED);
        post(REFUSED.resolve("subject-without-id.xml"), LocalEventType.HEARING_RECORDED);
        post(EVENTS.resolve("hearing-with-victims.xml"), LocalEventType.HEARING_RECORDED);
        post(EVENTS.resolve("referral-with-victims.xml"), "ReferralReceived", LocalEventType.REFERRAL_RECEIVED);
        post(REFUSED.resolve("unknown-relationship.xml"), LocalEventType.HEARING_RECORDED);
        post(REFUSED.resolve("victim-unidentifiable.xml"), LocalEventType.HEARING_RECORDED);
        post(REFUSED.resolve("too-many-victims.xml"), LocalEventType.HEARING_RECORDED);
        post(REFUSED.resolve("not-an-operation.xml"), LocalEventType.values());
        post(REFUSED.resolve("truncated.xml"), LocalEventType.values());
        post(HOSTILE.resolve("entity-expansion.xml"), LocalEventType.values());
        String broken = Files.readString(hearing)
                .replace("<rs:familyName>Quillfeather</rs:familyName>", "<rs:familyName>Quillfeather</rs:family>");
        post(Files.writeString(dir.resolve("broken.xml"), broken), LocalEventType.values());
        String large = Files.readString(hearing)
                .replace("<rs:alias>Pet Quill</rs:alias>", "<rs:alias>Pet Quill</rs:alias>".repeat(800));
        post(Files.writeString(dir.resolve("large.xml"), large), LocalEventType.values());
        sink.clear();
        sink.refuse(
                "MARAC-ESX-2026-0412", "SUBJECT_UNIDENTIFIABLE", "Perpetua Quillfeather born 1984-03 lacks a PNC id");
        post(hearing, LocalEventType.HEARING_RECORDED);
        sink.clear();
        sink.fail("MARAC-ESX-2026-0412", "duplicate key Quillfeather, Perpetua (CM2 9ZZ)");
        post(hearing, LocalEventType.HEARING_RECORDED);

        askTheRecordsSystem();

        List<String> logged =
                loggedSoFar().stream().map(LogPrivacyTests::everythingIn).toList();
        assertThat(logged)
                .as("the adapter logged its work")
                .anySatisfy(line -> assertThat(line).contains("HEARING_RECORDED from essex-rms stored as record"))
                .anySatisfy(line -> assertThat(line).contains("PERSON_RECORD_HELD from essex-rms stored as record"))
                .anySatisfy(line -> assertThat(line).contains("REFERRAL_RECEIVED from essex-rms stored as record"))
                .anySatisfy(line -> assertThat(line).contains("FIELD_INVALID (field hearing/victim[2]/relationship)"))
                .anySatisfy(line -> assertThat(line).contains("VICTIM_UNIDENTIFIABLE (field hearing/victim[2]/person)"))
                .anySatisfy(line -> assertThat(line).contains("VICTIMS_TOO_MANY"))
                .anySatisfy(line -> assertThat(line).contains("ENVELOPE_INVALID"))
                .anySatisfy(line -> assertThat(line).contains("EVENT_NOT_ALLOWED"))
                .anySatisfy(line -> assertThat(line).contains("SUBJECT_UNIDENTIFIABLE"))
                .anySatisfy(line -> assertThat(line).contains("XML_DOCTYPE_REFUSED"))
                .anySatisfy(line -> assertThat(line).contains("BODY_TOO_LARGE"))
                .anySatisfy(line -> assertThat(line).contains("RECORDS_SYSTEM_REFUSED"));
        for (String line : logged) {
            for (String value : VALUES) {
                assertThat(line).as("a log line holds a value").doesNotContain(value);
            }
        }
    }

    private void askTheRecordsSystem() throws Exception {
        WireMockServer recordsSystem =
                new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        recordsSystem.start();
        try {
            Path fixtures = Path.of("src/test/resources/soap/records-system");
            recordsSystem.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/q"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "text/xml")
                            .withBody(Files.readString(fixtures.resolve("records-held.xml")))));
            RecordsSystemClient client = new RecordsSystemClient(
                    bus,
                    URI.create("http://127.0.0.1:" + recordsSystem.port() + "/q"),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(5),
                    "essex-rms");
            assertThat(client.recordsHeldAbout("RMS-P-300417")).hasSize(3);

            recordsSystem.resetAll();
            recordsSystem.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/q"))
                    .willReturn(aResponse()
                            .withStatus(500)
                            .withHeader("Content-Type", "text/xml")
                            .withBody(Files.readString(fixtures.resolve("query-refused.xml"))
                                    .replace("records about this person", "records about Perpetua Quillfeather"))));
            assertThatThrownBy(() -> client.recordsHeldAbout("RMS-P-300417"))
                    .isInstanceOf(LocalRecordsUnavailableException.class);

            recordsSystem.resetAll();
            recordsSystem.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/q"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "text/xml")
                            .withBody(Files.readString(fixtures.resolve("unknown-kind.xml")))));
            assertThatThrownBy(() -> client.recordsHeldAbout("RMS-P-300417"))
                    .isInstanceOf(LocalRecordsUnavailableException.class);
        } finally {
            recordsSystem.stop();
        }
    }

    /** A log event's message, MDC and every throwable's class and message in its chain. */
    static String everythingIn(ILoggingEvent event) {
        StringBuilder text =
                new StringBuilder(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                text.append(' ').append(suppressed.getMessage());
            }
        }
        return text.toString();
    }

    private List<ILoggingEvent> loggedSoFar() {
        synchronized (appender) {
            return new ArrayList<>(appender.list);
        }
    }
}
