package org.crossflag.gateway.localsystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.crossflag.adapter.LocalEventType;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.node.LocalConnectorSettings.Client;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.LocalSystemsTestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalClientsTests {

    @TempDir
    Path dir;

    @Test
    void aCertificateWhoseSubjectIsConfiguredIsThatClientWithItsEvents() {
        LocalSystemsTestPki pki = LocalSystemsTestPki.create(dir, "test-only", "records-system");
        // Spelt with spaces and in lower case: subjects compare as X.500 names, not as text.
        String subject = pki.clientSubject().replace(",", ", ").replace("CN=", "cn=");
        LocalClients clients = LocalClients.of(
                List.of(new Client("records-system", subject, null, List.of(LocalEventType.PERSON_RECORD_HELD))));

        LocalClients.Identification who = clients.identify(certificate(pki), "ignored-when-a-certificate-is-there");

        assertThat(who).isInstanceOf(LocalClients.Identified.class);
        LocalClient client = ((LocalClients.Identified) who).client();
        assertThat(client.name()).isEqualTo("records-system");
        assertThat(client.authorities()).extracting(Object::toString).containsExactly("LOCAL_EVENT_PERSON_RECORD_HELD");
    }

    @Test
    void aCertificateNamingNoClientIsRefusedEvenWithTheRightKey() {
        LocalSystemsTestPki pki = LocalSystemsTestPki.create(dir, "test-only", "records-system");
        LocalClients clients = LocalClients.of(List.of(new Client(
                "case-tool", null, LocalSystemsTestPki.sha256Hex("key-1"), List.of(LocalEventType.values()))));

        assertThat(clients.identify(certificate(pki), "key-1"))
                .isEqualTo(new LocalClients.Refused(LocalClientRefusal.LOCAL_CLIENT_CERTIFICATE_UNKNOWN));
    }

    @Test
    void anApiKeyIsTheClientWhoseHashItHas() {
        LocalClients clients = LocalClients.of(List.of(
                new Client("case-tool", null, LocalSystemsTestPki.sha256Hex("key-1"), List.of(LocalEventType.values())),
                new Client(
                        "records-system",
                        null,
                        LocalSystemsTestPki.sha256Hex("key-2").toUpperCase(java.util.Locale.ROOT),
                        List.of(LocalEventType.HEARING_RECORDED))));

        assertThat(name(clients.identify(null, "key-1"))).isEqualTo("case-tool");
        assertThat(name(clients.identify(null, "key-2"))).isEqualTo("records-system");
        assertThat(((LocalClients.Identified) clients.identify(null, "key-1"))
                        .client()
                        .authorities())
                .hasSize(LocalEventType.values().length);
    }

    @Test
    void anUnknownOrMissingKeyIsRefusedWithItsReason() {
        LocalClients clients = LocalClients.of(List.of(new Client(
                "case-tool", null, LocalSystemsTestPki.sha256Hex("key-1"), List.of(LocalEventType.HEARING_RECORDED))));

        assertThat(clients.identify(null, "key-1 "))
                .isEqualTo(new LocalClients.Refused(LocalClientRefusal.LOCAL_CLIENT_API_KEY_UNKNOWN));
        assertThat(clients.identify(null, LocalSystemsTestPki.sha256Hex("key-1")))
                .as("the hash is not the key")
                .isEqualTo(new LocalClients.Refused(LocalClientRefusal.LOCAL_CLIENT_API_KEY_UNKNOWN));
        assertThat(clients.identify(null, null))
                .isEqualTo(new LocalClients.Refused(LocalClientRefusal.LOCAL_CLIENT_UNAUTHENTICATED));
        assertThat(clients.identify(null, ""))
                .isEqualTo(new LocalClients.Refused(LocalClientRefusal.LOCAL_CLIENT_UNAUTHENTICATED));
    }

    @Test
    void twoClientsWithOneNameSubjectOrKeyAreRefusedNamingTheSecond() {
        String hash = LocalSystemsTestPki.sha256Hex("key-1");
        List<LocalEventType> events = List.of(LocalEventType.HEARING_RECORDED);

        assertThatThrownBy(() -> LocalClients.of(List.of(
                        new Client("a-system", null, hash, events), new Client("a-system", "CN=b", null, events))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.local-systems.connector.clients[1].name");
        assertThatThrownBy(() -> LocalClients.of(List.of(
                        new Client("a-system", "CN=same, O=Example", null, events),
                        new Client("b-system", "cn=same,o=example", null, events))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.local-systems.connector.clients[1].certificate-subject");
        assertThatThrownBy(() -> LocalClients.of(List.of(
                        new Client("a-system", null, hash, events),
                        new Client("b-system", null, hash.toUpperCase(java.util.Locale.ROOT), events))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.local-systems.connector.clients[1].api-key-sha256")
                .hasMessageNotContaining(hash);
    }

    @Test
    void aKeyConfiguredInPlaceOfItsHashIsRefusedWithoutRepeatingIt() {
        String plainKey = "synthetic-plain-api-key";

        assertThatThrownBy(() -> LocalClients.of(
                        List.of(new Client("case-tool", null, plainKey, List.of(LocalEventType.HEARING_RECORDED)))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.local-systems.connector.clients[0].api-key-sha256")
                .hasMessageNotContaining(plainKey);
    }

    private static X509Certificate certificate(LocalSystemsTestPki pki) {
        return FederationPki.readPkcs12(pki.clientKeystore(), pki.password().toCharArray())
                .certificate();
    }

    private static String name(LocalClients.Identification identification) {
        return ((LocalClients.Identified) identification).client().name();
    }
}
