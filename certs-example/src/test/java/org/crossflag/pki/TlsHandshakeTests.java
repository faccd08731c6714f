package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated TLS credentials must work for mutual TLS between two nodes on loopback, with the plain JDK. */
class TlsHandshakeTests {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path temp;

    @Test
    void membersCompleteMutualTlsWithHostnameCheckOnLoopback() throws Exception {
        Path pki = generate("pki");
        SSLContext server = context(pki.resolve("members/GB-ESX/tls.p12"), pki.resolve("truststore.p12"));
        SSLContext client = context(pki.resolve("members/GB-KNT/tls.p12"), pki.resolve("truststore.p12"));

        assertThat(exchange(server, client)).isEqualTo("CN=GB-KNT TLS,OU=GB-KNT,O=Crossflag Example Federation");
    }

    @Test
    void clientFromAnotherFederationIsRefused() throws Exception {
        Path pki = generate("pki");
        Path other = generate("other");
        SSLContext server = context(pki.resolve("members/GB-ESX/tls.p12"), pki.resolve("truststore.p12"));
        SSLContext client = context(other.resolve("members/GB-KNT/tls.p12"), pki.resolve("truststore.p12"));

        // With TLS 1.3 the client learns of the refusal on its first read, as an SSLException or a reset.
        assertThatThrownBy(() -> exchange(server, client)).isInstanceOf(IOException.class);
    }

    /** Runs one handshake; returns the client subject the server saw. */
    private static String exchange(SSLContext serverContext, SSLContext clientContext) throws Exception {
        try (SSLServerSocket listener = (SSLServerSocket)
                serverContext.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setNeedClientAuth(true);
            listener.setSoTimeout(10_000);
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.setSoTimeout(10_000);
                    socket.getOutputStream().write(socket.getInputStream().read());
                    socket.getOutputStream().flush();
                    return socket.getSession().getPeerPrincipal().getName();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (SSLSocket socket = (SSLSocket) clientContext
                    .getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                socket.setSoTimeout(10_000);
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.getOutputStream().write(42);
                socket.getOutputStream().flush();
                assertThat(socket.getInputStream().read()).isEqualTo(42);
            }
            return seen.get(20, TimeUnit.SECONDS);
        }
    }

    private static SSLContext context(Path keyStore, Path trustStore) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore), PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustStore));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private Path generate(String name) {
        Path dir = temp.resolve(name);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(ExamplePkiCommand.run(new String[] {"generate", "--out", dir.toString()}, print, print))
                .isZero();
        return dir;
    }
}
