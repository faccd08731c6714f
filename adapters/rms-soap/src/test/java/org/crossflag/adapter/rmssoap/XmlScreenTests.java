package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class XmlScreenTests {

    final XmlScreen screen = new XmlScreen(8);

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static void assertRefused(XmlScreen screen, byte[] body, String reasonCode) {
        assertThatThrownBy(() -> screen.screen(body))
                .isInstanceOfSatisfying(
                        EventRefusedException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reasonCode())
                                .isEqualTo(reasonCode));
    }

    @Test
    void anOrdinaryEnvelopePasses() throws Exception {
        assertThatCode(() -> new XmlScreen(16)
                        .screen(Files.readAllBytes(
                                Path.of("src/test/resources/soap/events/dvds-application-received.xml"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aDoctypeIsRefusedEvenWithoutEntities() {
        assertRefused(screen, bytes("<!DOCTYPE a><a/>"), "XML_DOCTYPE_REFUSED");
        assertRefused(screen, bytes("<!DOCTYPE a SYSTEM \"http://127.0.0.1:9/a.dtd\"><a/>"), "XML_DOCTYPE_REFUSED");
    }

    @Test
    void theHostileFixturesAreRefused() throws Exception {
        Path hostile = Path.of("src/test/resources/soap/hostile");
        assertRefused(screen, Files.readAllBytes(hostile.resolve("external-entity.xml")), "XML_DOCTYPE_REFUSED");
        assertRefused(screen, Files.readAllBytes(hostile.resolve("entity-expansion.xml")), "XML_DOCTYPE_REFUSED");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        assertThatThrownBy(() -> screen.screen(bytes("<a>&secret;</a>")))
                .isInstanceOfSatisfying(
                        EventRefusedException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reasonCode())
                                .isIn("XML_ENTITY_REFUSED", "XML_MALFORMED"));
    }

    @Test
    void theFiveStandardCharacterReferencesAreOrdinaryText() {
        assertThatCode(() -> screen.screen(bytes("<a>&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#65;</a>")))
                .doesNotThrowAnyException();
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        assertThatCode(() -> screen.screen(bytes("<a><a><a><a><a><a><a><a/></a></a></a></a></a></a></a>")))
                .doesNotThrowAnyException();
        assertRefused(screen, bytes("<a><a><a><a><a><a><a><a><a/></a></a></a></a></a></a></a></a>"), "XML_TOO_DEEP");
    }

    @Test
    void somethingThatIsNotXmlIsMalformed() {
        assertRefused(screen, bytes("reference=MARAC-1"), "XML_MALFORMED");
        assertRefused(screen, bytes("<a><b></a>"), "XML_MALFORMED");
        assertRefused(screen, new byte[0], "XML_MALFORMED");
    }

    @Test
    void theRefusalNeverQuotesTheBody() {
        assertThatThrownBy(() -> screen.screen(bytes("<a>Quillfeather</b>")))
                .hasMessageNotContaining("Quillfeather")
                .hasNoCause();
    }
}
