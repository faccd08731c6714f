package org.crossflag.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the node delivers to the force's own systems: ids and codes only, never a person's details (the local system
 * reads those from the node's API or its own records). A channel that fails is retried by the node's push queue.
 */
public sealed interface LocalDelivery {

    /** The id the receiving system de-duplicates on: the same delivery retried carries the same id. */
    String deliveryId();

    /**
     * A new or changed alert for a coordinator.
     *
     * @param alertId     the node's alert id
     * @param kind        e.g. {@code PRIOR_HEARING_ELSEWHERE}, {@code REFERRED_ELSEWHERE}
     * @param status      e.g. {@code OPEN}, {@code REVIEW}, {@code CORRECTED}, {@code WITHDRAWN}
     * @param band        {@code MATCH} or {@code POSSIBLE_MATCH}, or null
     * @param forum       the panel concerned
     * @param otherForce  the directory code of the other force
     * @param raisedAt    when the alert was raised or last changed
     */
    record AlertDelivery(
            String deliveryId,
            String alertId,
            String kind,
            String status,
            String band,
            Forum forum,
            String otherForce,
            Instant raisedAt)
            implements LocalDelivery {

        public AlertDelivery {
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(alertId, "alertId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Another force asks this force's DVDS officer to release what it holds about a person it found.
     *
     * @param requestId   the node's id of the stored request
     * @param fromForce   the directory code of the asking force
     * @param purpose     e.g. {@code DVDS_RIGHT_TO_ASK}
     * @param categories  the data categories asked for
     * @param respondBy   the asking force's deadline, or null
     */
    record DisclosureRequestDelivery(
            String deliveryId,
            String requestId,
            String fromForce,
            String purpose,
            List<String> categories,
            LocalDate respondBy)
            implements LocalDelivery {

        public DisclosureRequestDelivery {
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(fromForce, "fromForce");
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }
}
