package org.crossflag.adapter.rmssoap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.cxf.staxutils.StaxUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * What CXF's own parser does with hostile XML, with its defaults (no {@code org.apache.cxf.stax.allowInsecureParser}):
 * it resolves no entity, so it neither fetches an external entity nor expands "billion laughs"; but it does not
 * refuse the document type declaration either. It reports the DOCTYPE and the references and reads on, so a body
 * whose values hide in entities would reach an operation with those values silently empty. That is why
 * {@link XmlScreen} refuses them with a reason code before CXF reads the body.
 */
class CxfParserDefaultsTests {

    static final Path HOSTILE = Path.of("src/test/resources/soap/hostile");

    final WireMockServer secrets =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void start() {
        secrets.start();
        secrets.stubFor(any(anyUrl()).willReturn(aResponse().withBody("MARAC-ESX-2026-0412")));
    }

    @AfterEach
    void stop() {
        secrets.stop();
    }

    @Test
    void cxfNeitherFetchesAnExternalEntityNorRefusesTheDoctype() throws Exception {
        String xml = Files.readString(HOSTILE.resolve("external-entity.xml"))
                .replace("WIREMOCK_PORT", String.valueOf(secrets.port()));

        Read read = readWithCxf(xml);

        assertThat(read.events()).contains(XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE);
        assertThat(read.text()).doesNotContain("MARAC-ESX-2026-0412");
        assertThat(secrets.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void cxfDoesNotExpandEntities() throws Exception {
        Read read = readWithCxf(Files.readString(HOSTILE.resolve("entity-expansion.xml")));

        assertThat(read.events()).contains(XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE);
        assertThat(read.text()).doesNotContain("lol").isEqualTo("HEARING2026-06-30");
    }

    record Read(List<Integer> events, String text) {}

    /** Reads the whole document with the reader CXF's StAX interceptor creates; the events and non-blank text. */
    static Read readWithCxf(String xml) throws XMLStreamException {
        XMLStreamReader reader =
                StaxUtils.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<Integer> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                events.add(event);
                if (event == XMLStreamConstants.CHARACTERS && !reader.isWhiteSpace()) {
                    text.append(reader.getText().strip());
                }
            }
        } finally {
            reader.close();
        }
        return new Read(events, text.toString());
    }
}
