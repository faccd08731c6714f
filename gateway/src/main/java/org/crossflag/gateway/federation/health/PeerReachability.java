package org.crossflag.gateway.federation.health;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.FederationDirectory;

/** Probes every other directory member over mutual TLS and remembers the last answer of each. */
public final class PeerReachability {

    private final String nodeCode;
    private final DirectoryService directory;
    private final ProducerTemplate producer;
    private final Clock clock;
    private final Map<String, PeerStatus> statuses = new ConcurrentHashMap<>();

    public PeerReachability(String nodeCode, DirectoryService directory, ProducerTemplate producer, Clock clock) {
        this.nodeCode = nodeCode;
        this.directory = directory;
        this.producer = producer;
        this.clock = clock;
    }

    public void checkAll() {
        FederationDirectory current = directory.lastVerified();
        if (current == null) {
            return;
        }
        statuses.keySet()
                .retainAll(current.members().stream().map(DirectoryMember::code).toList());
        for (DirectoryMember member : current.members()) {
            if (!member.code().equals(nodeCode)) {
                statuses.put(member.code(), probe(member));
            }
        }
    }

    public Map<String, PeerStatus> statuses() {
        return Map.copyOf(statuses);
    }

    private PeerStatus probe(DirectoryMember member) {
        long started = System.nanoTime();
        Exchange answer = producer.send(
                "direct:federation-ping", exchange -> exchange.setProperty("crossflagPeerEndpoint", member.endpoint()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (answer.getException() != null) {
            return new PeerStatus(
                    member.endpoint(),
                    false,
                    millis,
                    answer.getException().getClass().getSimpleName(),
                    clock.instant());
        }
        int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        return new PeerStatus(
                member.endpoint(), status == 200, millis, status == 200 ? null : "HTTP " + status, clock.instant());
    }

    public record PeerStatus(
            String endpoint, boolean reachable, long latencyMillis, String problem, Instant checkedAt) {}
}
