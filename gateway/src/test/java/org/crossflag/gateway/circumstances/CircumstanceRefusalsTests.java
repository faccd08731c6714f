package org.crossflag.gateway.circumstances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crossflag.gateway.NodeTestDatabase;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A member's refusal of a CircumstanceChange shows on that member's target row, and on no other. */
class CircumstanceRefusalsTests {

    static final String NOTIFICATION = "5b0c7b36-64c4-4a55-9d0f-0c1f3c2e8a01";
    static final String TO_KENT = "2f4ab2c8-9a1e-4c61-8a3d-6f1f0e0b7c11";
    static final String TO_SUFFOLK = "7e9d1a44-3c5b-4f2e-b8a6-1d2c3e4f5a62";
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path dir;

    @Test
    void theRefusingMembersRowBecomesRefusedWithItsReasonAndTheOtherStaysSent() {
        try (NodeTestDatabase database = NodeTestDatabase.h2(dir)) {
            storeNotificationSentTo(database);
            CircumstanceRefusals refusals =
                    new CircumstanceRefusals(new CircumstanceChangeRepository(database.jdbc, new ObjectMapper()));

            refusals.refused(refusalFrom("GB-KNT"), TO_KENT, "POLICY_NO_AGREEMENT");

            assertThat(deliveries(database))
                    .containsExactly(
                            Map.of("target", "GB-KNT", "delivery", "REFUSED", "reason", "POLICY_NO_AGREEMENT"),
                            Map.of("target", "GB-SFK", "delivery", "SENT", "reason", "-"));
        }
    }

    @Test
    void aRefusalFromAMemberTheMessageDidNotGoToChangesNothing() {
        try (NodeTestDatabase database = NodeTestDatabase.h2(dir)) {
            storeNotificationSentTo(database);
            CircumstanceRefusals refusals =
                    new CircumstanceRefusals(new CircumstanceChangeRepository(database.jdbc, new ObjectMapper()));

            refusals.refused(refusalFrom("GB-SFK"), TO_KENT, "POLICY_NO_AGREEMENT");
            refusals.refused(refusalFrom("GB-KNT"), "0d8f5c1e-2b3a-4c5d-8e9f-a0b1c2d3e4f5", "POLICY_NO_AGREEMENT");

            assertThat(deliveries(database))
                    .containsExactly(
                            Map.of("target", "GB-KNT", "delivery", "SENT", "reason", "-"),
                            Map.of("target", "GB-SFK", "delivery", "SENT", "reason", "-"));
        }
    }

    @Test
    void itTakesRefusalsOfCircumstanceChangesOnly() {
        assertThat(new CircumstanceRefusals(null).refusedTypes()).containsExactly(MessageType.CIRCUMSTANCE_CHANGE);
    }

    static void storeNotificationSentTo(NodeTestDatabase database) {
        database.jdbc.update("""
                insert into circumstance_change (notification_id, source, local_reference, change_kind, order_type,
                    order_reference, order_held_by, changed_on, notified_on, due_by, deadline_missed, new_district,
                    subject_json, contact_name, officer_id, officer_role, recorded_at)
                values (?, 'api', 'DAPO-ESX-2026-0031', 'NEW_ADDRESS', 'DAPO', 'DAPO-ESX-2026-0031', 'GB-ESX',
                    date '2026-11-17', date '2026-11-19', date '2026-11-20', false, 'ME14', '{}',
                    'Essex offender manager', 'ESX-OM-01', 'OFFENDER_MANAGER', timestamp with time zone
                    '2026-11-19 09:00:00+00')""", NOTIFICATION);
        target(database, "GB-KNT", TO_KENT);
        target(database, "GB-SFK", TO_SUFFOLK);
    }

    static void target(NodeTestDatabase database, String member, String messageId) {
        database.jdbc.update("""
                insert into circumstance_change_target (notification_id, target, member_code, reasons, delivery,
                    message_id)
                values (?, ?, ?, 'NEW_ADDRESS', 'SENT', ?)""", NOTIFICATION, member, member, messageId);
    }

    static List<Map<String, String>> deliveries(NodeTestDatabase database) {
        return database.jdbc.query(
                "select target, delivery, reason_code from circumstance_change_target order by target",
                (rs, row) -> Map.of(
                        "target", rs.getString(1),
                        "delivery", rs.getString(2),
                        "reason", rs.getString(3) == null ? "-" : rs.getString(3)));
    }

    static InboundMessage refusalFrom(String sender) {
        Envelope refusal = new Envelope(
                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                NOTIFICATION,
                1,
                MessageType.REFUSAL,
                sender,
                "GB-ESX",
                NOW,
                NOW.plusSeconds(3600),
                Purpose.CIRCUMSTANCE_CHANGE,
                null,
                null,
                null,
                List.of(),
                JsonNodeFactory.instance.objectNode());
        return new InboundMessage(refusal, NOW);
    }
}
