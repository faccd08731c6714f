package org.crossflag.gateway.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.LocalDelivery;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class WebhookBodyTests {

    @Test
    void aDisclosureRequestGoesAsItsDeliveryWithIdsAndCodesOnly() throws Exception {
        PushItem item = new PushItem(
                new LocalDelivery.DisclosureRequestDelivery(
                        "0b9d8c1e-5f7a-4c2d-8e3b-1a6f9d2c4e70",
                        "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99",
                        "GB-SFK",
                        "DVDS_RIGHT_TO_ASK",
                        List.of("CONVICTIONS", "ORDERS"),
                        LocalDate.of(2026, 12, 18)),
                JsonNodeFactory.instance.objectNode(),
                null,
                "1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b");

        JsonNode body = new ObjectMapper().readTree(WebhookBody.json("GB-ESX", item));

        assertThat(body.path("type").asText()).isEqualTo("DISCLOSURE_REQUEST");
        assertThat(body.path("node").asText()).isEqualTo("GB-ESX");
        assertThat(body.path("deliveryId").asText()).isEqualTo("0b9d8c1e-5f7a-4c2d-8e3b-1a6f9d2c4e70");
        assertThat(body.path("requestId").asText()).isEqualTo("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99");
        assertThat(body.path("fromForce").asText()).isEqualTo("GB-SFK");
        assertThat(body.path("purpose").asText()).isEqualTo("DVDS_RIGHT_TO_ASK");
        assertThat(body.path("categories").toString()).isEqualTo("[\"CONVICTIONS\",\"ORDERS\"]");
        assertThat(body.path("respondBy").asText()).isEqualTo("2026-12-18");
        assertThat(body.size()).isEqualTo(8);
    }
}
