package org.crossflag.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.crossflag.gateway.federation.inbound.InboundMessageStore;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.federation.outbox.OutboxRepository;
import org.crossflag.testsupport.MutableClock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** One real node started for a test: its context, its ports and a few views into it. */
/** @param apiPort the officers' API port (0 when the test did not fix one) */
record RunningNode(
        String code,
        int port,
        int managementPort,
        int apiPort,
        MutableClock clock,
        ConfigurableApplicationContext context) {

    URI federationUri() {
        return URI.create("https://127.0.0.1:" + port + "/federation/messages");
    }

    String endpoint() {
        return "https://127.0.0.1:" + port;
    }

    Outbox outbox() {
        return context.getBean(Outbox.class);
    }

    /** The outbox status of a message this node queued (PENDING, IN_FLIGHT, DELIVERED, DEAD). */
    String outboxStatus(String messageId) {
        return context.getBean(OutboxRepository.class).status(messageId).orElse("UNKNOWN");
    }

    long inboundCount() {
        return context.getBean(InboundMessageStore.class).count();
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** GET on the plain-HTTP loopback management port (health, Prometheus). */
    String management(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException("management port of " + code + " did not answer", e);
        }
    }

    /** The value of a Prometheus counter line (0 when absent). */
    double metric(String name, String labelFragment) {
        return management("/actuator/prometheus")
                .lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(labelFragment))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
