package org.crossflag.adapter.rmssoap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.adapter.RecordKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The client of the records system's query, against a WireMock stub answering real SOAP from fixture files. */
class RecordsSystemClientTests {

    static final Path FIXTURES = Path.of("src/test/resources/soap/records-system");
    static final String PATH = "/soap/query";

    final WireMockServer recordsSystem =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    final Bus bus = new ExtensionManagerBus();
    RecordsSystemClient client;

    @BeforeEach
    void start() {
        recordsSystem.start();
        client = new RecordsSystemClient(
                bus,
                URI.create("http://127.0.0.1:" + recordsSystem.port() + PATH),
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                "essex-rms");
    }

    @AfterEach
    void stop() {
        recordsSystem.stop();
        bus.shutdown(true);
    }

    void answer(int status, String fixture) throws Exception {
        recordsSystem.stubFor(post(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(Files.readString(FIXTURES.resolve(fixture)))));
    }

    @Test
    void itAsksForThePersonByTheRecordsSystemsIdAndMapsEveryRecordHeld() throws Exception {
        answer(200, "records-held.xml");

        List<LocalPersonRecord> records = client.recordsHeldAbout("RMS-P-300417");

        assertThat(records)
                .extracting(LocalPersonRecord::kind)
                .containsExactly(RecordKind.CONVICTION, RecordKind.ORDER, RecordKind.MARKER);
        assertThat(records.get(0).reference()).isEqualTo("CR/2019/0042");
        assertThat(records.get(0).endsOn()).isEqualTo(LocalDate.of(2020, 5, 13));
        assertThat(records.get(1).endsOn()).isNull();
        assertThat(records)
                .allSatisfy(r -> assertThat(r.person().localPersonId()).isEqualTo("RMS-P-300417"));
        assertThat(client.adapterId()).isEqualTo("essex-rms");
        recordsSystem.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("SOAPAction", containing("urn:crossflag:records-system:query:v1:RecordsHeldAbout"))
                .withRequestBody(matchingXPath(
                        "//q:recordsHeldAbout/q:localPersonId[text()='RMS-P-300417']",
                        Map.of("q", "urn:crossflag:records-system:query:v1"))));
    }

    @Test
    void nothingHeldIsAnEmptyList() throws Exception {
        answer(200, "nothing-held.xml");

        assertThat(client.recordsHeldAbout("RMS-P-300417")).isEmpty();
    }

    @Test
    void aRefusalByTheRecordsSystemCarriesItsReasonCode() throws Exception {
        answer(500, "query-refused.xml");

        assertThatThrownBy(() -> client.recordsHeldAbout("RMS-P-300417"))
                .isInstanceOfSatisfying(LocalRecordsUnavailableException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo("RECORDS_SYSTEM_REFUSED");
                    assertThat(e.getMessage()).contains("PERSON_RESTRICTED");
                });
    }

    @Test
    void anAnswerAboutAnotherPersonOrWithAnUnknownKindIsRefusedWhole() throws Exception {
        answer(200, "another-person.xml");
        assertUnavailable("RECORDS_SYSTEM_ANSWER_INVALID");

        recordsSystem.resetAll();
        answer(200, "unknown-kind.xml");
        assertUnavailable("RECORDS_SYSTEM_ANSWER_INVALID");
    }

    @Test
    void aSystemThatIsDownSlowOrNotSpeakingSoapIsUnreachable() throws Exception {
        recordsSystem.stubFor(
                post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody("<html>maintenance</html>")));
        assertUnavailable("RECORDS_SYSTEM_UNREACHABLE");

        recordsSystem.resetAll();
        recordsSystem.stubFor(post(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withFixedDelay(1_500)
                        .withHeader("Content-Type", "text/xml")
                        .withBody(Files.readString(FIXTURES.resolve("records-held.xml")))));
        assertUnavailable("RECORDS_SYSTEM_UNREACHABLE");

        int port = recordsSystem.port();
        recordsSystem.stop();
        RecordsSystemClient closed = new RecordsSystemClient(
                bus, URI.create("http://127.0.0.1:" + port + PATH), Duration.ofSeconds(1), Duration.ofSeconds(1), "x");
        assertThatThrownBy(() -> closed.recordsHeldAbout("RMS-P-300417"))
                .isInstanceOfSatisfying(
                        LocalRecordsUnavailableException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("RECORDS_SYSTEM_UNREACHABLE"));
    }

    void assertUnavailable(String reasonCode) {
        assertThatThrownBy(() -> client.recordsHeldAbout("RMS-P-300417"))
                .isInstanceOfSatisfying(
                        LocalRecordsUnavailableException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo(reasonCode));
    }
}
