package org.crossflag.gateway.federation;

import java.util.UUID;

import org.crossflag.gateway.federation.envelope.MessageType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Payloads that pass their schema for the messages that create or change a record at the receiver, so that a test
 * sees the receiver refuse them for who sent them and for nothing else. The people behind them are synthetic.
 */
public final class RecordCreatingPayloads {

    private static final String BASE64 = "AAECAwQFBgcICQoLDA0ODw==";

    private RecordCreatingPayloads() {}

    /** A valid payload for CrossAreaAlert, RecordAmendment, CircumstanceChange or ExchangeTest. */
    public static ObjectNode of(MessageType type, ObjectMapper mapper) {
        ObjectNode payload = mapper.createObjectNode();
        switch (type) {
            case CROSS_AREA_ALERT -> {
                payload.put("hitId", UUID.randomUUID().toString())
                        .put("heardForum", "MARAC")
                        .put("heardOn", "2026-05-14")
                        .put("heardReference", "MARAC ESX 0412")
                        .put("band", "MATCH");
                ObjectNode referral = payload.putObject("referral")
                        .put("forum", "MARAC")
                        .put("referredOn", "2026-11-20")
                        .put("reference", "MARAC IDVA 2026 0031");
                referral.putObject("contact").put("name", "IDVA service duty desk");
            }
            case RECORD_AMENDMENT -> {
                payload.put("about", "REFERRAL").put("amendment", "WITHDRAWN").put("amendedOn", "2026-11-21");
                payload.putArray("hitIds").add(UUID.randomUUID().toString());
            }
            case CIRCUMSTANCE_CHANGE -> {
                ObjectNode encoding = payload.putObject("encoding")
                        .put("format", 1)
                        .put("keyVersion", 1)
                        .put("clk", BASE64)
                        .put("middleNames", BASE64)
                        .put("dateOfBirth", BASE64)
                        .put("postcode", BASE64);
                encoding.putArray("names").add(BASE64);
                encoding.putArray("blockingKeys").add(17);
                payload.put("changeKind", "NEW_ADDRESS")
                        .put("orderType", "DAPO")
                        .put("orderReference", "DAPO ESX 2026 0007")
                        .put("orderHeldBy", "GB-ESX")
                        .put("changedOn", "2026-11-18")
                        .put("notifiedOn", "2026-11-19")
                        .put("newDistrict", "CM1")
                        .put("deadlineMissed", false);
                payload.putObject("contact").put("name", "Offender manager, duty desk");
            }
            case EXCHANGE_TEST -> payload.put("clk", "AAECAwQF");
            default -> throw new IllegalArgumentException("no test payload for " + type);
        }
        return payload;
    }
}
