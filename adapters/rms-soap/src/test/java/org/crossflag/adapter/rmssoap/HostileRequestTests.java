package org.crossflag.adapter.rmssoap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crossflag.adapter.LocalEventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Hostile XML and oversized bodies, posted by {@code curl} by a caller allowed every event: each is a fault with its
 * reason code, the node's sink is never called, and nothing the XML points at is fetched.
 */
@SpringBootTest(
        classes = SoapTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "crossflag.adapters.rms-soap.enabled=true",
            "crossflag.adapters.rms-soap.adapter-id=essex-rms",
            "crossflag.adapters.rms-soap.max-body-size=16KB"
        })
class HostileRequestTests {

    static final Path HOSTILE = Path.of("src/test/resources/soap/hostile");
    static final Path EVENTS = Path.of("src/test/resources/soap/events");
    static final int LIMIT = 16 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    RecordingSink sink;

    @TempDir
    Path dir;

    /** Where the external entity points: it must never be asked for anything. */
    final WireMockServer secrets =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void start() {
        sink.clear();
        secrets.start();
        secrets.stubFor(any(anyUrl()).willReturn(aResponse().withBody("MARAC-ESX-2026-0412")));
    }

    @AfterEach
    void stop() {
        secrets.stop();
    }

    SoapAnswers post(Path body, String... headers) throws Exception {
        String[] all = new String[headers.length + 1];
        all[0] = RecordsSystemEventsEndpointTests.authorities(LocalEventType.values());
        System.arraycopy(headers, 0, all, 1, headers.length);
        Curl.Answer answer = Curl.postSoap(
                "http://127.0.0.1:" + port + "/local/soap/records-system-events",
                body,
                "urn:crossflag:records-system:v1:RecordWithdrawn",
                all);
        assertThat(answer.status()).as(answer.body()).isEqualTo(500);
        SoapAnswers read = SoapAnswers.read(answer.body());
        assertThat(read.isFault()).isTrue();
        assertThat(read.faultCode()).endsWith("Client");
        return read;
    }

    @Test
    void anExternalEntityIsRefusedUnfetchedAndNothingIsStored() throws Exception {
        String xml = Files.readString(HOSTILE.resolve("external-entity.xml"))
                .replace("WIREMOCK_PORT", String.valueOf(secrets.port()));
        Path body = Files.writeString(dir.resolve("external-entity.xml"), xml);

        SoapAnswers answer = post(body);

        assertThat(answer.reasonCode()).isEqualTo("XML_DOCTYPE_REFUSED");
        assertThat(answer.faultString()).isEqualTo("Refused: XML_DOCTYPE_REFUSED");
        assertThat(sink.calls()).isEmpty();
        assertThat(secrets.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void entityExpansionIsRefusedAndNothingIsStored() throws Exception {
        SoapAnswers answer = post(HOSTILE.resolve("entity-expansion.xml"));

        assertThat(answer.reasonCode()).isEqualTo("XML_DOCTYPE_REFUSED");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void anEntityReferenceWithoutADoctypeIsRefusedAndNothingIsStored() throws Exception {
        SoapAnswers answer = post(HOSTILE.resolve("undeclared-entity.xml"));

        assertThat(answer.reasonCode()).isIn("XML_ENTITY_REFUSED", "XML_MALFORMED");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        Path body = Files.writeString(dir.resolve("large.xml"), largeWithdrawal(LIMIT + 1));

        SoapAnswers answer = post(body);

        assertThat(answer.reasonCode()).isEqualTo("BODY_TOO_LARGE");
        assertThat(answer.message()).contains(String.valueOf(LIMIT));
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aChunkedBodyWithoutALengthIsRefusedOnceItPassesTheLimit() throws Exception {
        Path body = Files.writeString(dir.resolve("large.xml"), largeWithdrawal(4 * LIMIT));

        SoapAnswers answer = post(body, "Transfer-Encoding: chunked");

        assertThat(answer.reasonCode()).isEqualTo("BODY_TOO_LARGE");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aBodyAtTheLimitIsRead() throws Exception {
        Path body = Files.writeString(dir.resolve("at-limit.xml"), largeWithdrawal(LIMIT));
        Curl.Answer answer = Curl.postSoap(
                "http://127.0.0.1:" + port + "/local/soap/records-system-events",
                body,
                "urn:crossflag:records-system:v1:RecordWithdrawn",
                RecordsSystemEventsEndpointTests.authorities(LocalEventType.RECORD_WITHDRAWN));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(sink.calls()).containsExactly("withdrawal:essex-rms/MARAC-ESX-2026-0412");
    }

    /** A valid withdrawal padded with white space to exactly this many bytes. */
    static String largeWithdrawal(int bytes) throws Exception {
        String xml = Files.readString(EVENTS.resolve("record-withdrawn.xml"));
        int padding = bytes - xml.getBytes(StandardCharsets.UTF_8).length;
        int at = xml.indexOf("<rs:withdrawal>");
        return xml.substring(0, at) + " ".repeat(padding) + xml.substring(at);
    }
}
