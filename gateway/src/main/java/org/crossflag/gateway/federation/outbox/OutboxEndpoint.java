package org.crossflag.gateway.federation.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The operator's view of the outbox on the management port: {@code GET /actuator/outbox} shows counts by
 * status and the dead letters; {@code POST /actuator/outbox/{messageId}} puts a dead letter back in the queue.
 */
@Endpoint(id = "outbox")
class OutboxEndpoint {

    private final OutboxRepository repository;
    private final Outbox outbox;

    OutboxEndpoint(OutboxRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @ReadOperation
    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("counts", repository.countByStatus());
        status.put("deadLetters", repository.deadLetters(100));
        return status;
    }

    @WriteOperation
    Map<String, Object> retry(@Selector String messageId) {
        boolean retried = outbox.retryDeadLetter(messageId);
        return Map.of(
                "messageId",
                messageId,
                "retried",
                retried,
                "status",
                repository.status(messageId).orElse("UNKNOWN"));
    }
}
