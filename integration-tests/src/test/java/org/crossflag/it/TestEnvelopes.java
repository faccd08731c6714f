package org.crossflag.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Envelopes as a peer would send them, for tests to send as they are or spoil one field at a time. */
final class TestEnvelopes {

    /** A synthetic person's details; tests check that none of them ever reaches a log line. */
    static final String SYNTHETIC_NAME = "Zebedee Quillfeather";

    static final String SYNTHETIC_DOB = "1987-03-14";

    private TestEnvelopes() {}

    static ObjectNode valid(String sender, String recipient) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode envelope = FederationTestClient.JSON
                .createObjectNode()
                .put("messageId", UUID.randomUUID().toString())
                .put("correlationId", UUID.randomUUID().toString())
                .put("correlationSequence", 1)
                .put("type", "ExchangeTest")
                .put("sender", sender)
                .put("recipient", recipient)
                .put("created", now.toString())
                .put("expires", now.plus(1, ChronoUnit.HOURS).toString())
                .put("purpose", "MARAC_SAFEGUARDING")
                .put("legalBasis", "CRIME_AND_DISORDER_ACT_1998_S115");
        envelope.putObject("requester").put("officerId", "ESX-4471").put("role", "MARAC_COORDINATOR");
        envelope.putObject("consent").put("state", "NOT_SOUGHT_THRESHOLD_MET");
        envelope.putArray("dataCategories").add("HEARING_FLAG");
        envelope.putObject("payload").put("subjectName", SYNTHETIC_NAME).put("dateOfBirth", SYNTHETIC_DOB);
        return envelope;
    }

    static byte[] bytes(ObjectNode envelope) throws Exception {
        return FederationTestClient.JSON.writeValueAsBytes(envelope);
    }
}
