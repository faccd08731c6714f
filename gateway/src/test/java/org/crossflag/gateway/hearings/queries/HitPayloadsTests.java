package org.crossflag.gateway.hearings.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.VictimRelationship;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class HitPayloadsTests {

    static final Hit HIT = new Hit(
            "5b1f0e7c-2d4a-4c3b-9e8f-7a6b5c4d3e2f",
            "GB-ESX",
            Forum.MARAC,
            LocalDate.of(2026, 5, 14),
            "MARAC-ESX-2026-0412",
            new Contact("Essex MARAC coordinator", "01632 960100", null),
            "MATCH",
            new RiskScore("DASH", "2009", "17"));

    @Test
    void anAnswerCarriesHitsOnlyAndReadsBackTheSame() {
        ObjectNode answer = HitPayloads.answer("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 2, List.of(HIT), 1, 1);

        assertThat(answer.fieldNames())
                .toIterable()
                .containsExactly("queryMessageId", "keyVersion", "part", "parts", "hits");
        assertThat(answer.path("hits").get(0).fieldNames())
                .toIterable()
                .containsExactly("hitId", "forum", "force", "heardOn", "reference", "band", "contact", "score");
        assertThat(HitPayloads.hits(answer, "GB-ESX")).containsExactly(HIT);
    }

    @Test
    void theRoleTheAbuseTypeTheAgesAndTheVictimsTravelAndReadBackTheSame() {
        ObjectNode encoding = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("format", 1)
                .put("keyVersion", 2);
        Hit harmed = new Hit(
                HIT.hitId(),
                HIT.holder(),
                Forum.MATAC,
                HIT.heardOn(),
                HIT.reference(),
                HIT.contact(),
                "MATCH",
                null,
                PersonRole.BOTH,
                AbuseType.COERCIVE_CONTROL,
                true,
                false,
                List.of(new HitVictim(VictimRelationship.CHILD_TO_PARENT, encoding)));

        ObjectNode answer = HitPayloads.answer("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 2, List.of(harmed), 1, 1);

        assertThat(answer.path("hits").get(0).path("role").asText()).isEqualTo("BOTH");
        assertThat(answer.path("hits")
                        .get(0)
                        .path("victims")
                        .get(0)
                        .path("relationship")
                        .asText())
                .isEqualTo("CHILD_TO_PARENT");
        assertThat(answer.path("hits").get(0).has("victimUnder16")).isFalse();
        assertThat(HitPayloads.hits(answer, "GB-ESX")).containsExactly(harmed);
        assertThat(harmed.withoutVictims().victims()).isEmpty();
    }

    @Test
    void sixtyHitsGoInTwoNumberedPartsOfFiftyAndTenAndNoHitIsOnePart() {
        List<Hit> sixty = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> new Hit(
                        java.util.UUID.randomUUID().toString(),
                        "GB-ESX",
                        Forum.MARAC,
                        LocalDate.of(2025, 1, 1).plusDays(i),
                        "MARAC-ESX-2025-" + i,
                        HIT.contact(),
                        "MATCH",
                        null))
                .toList();

        List<ObjectNode> parts = HitPayloads.answerParts("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 2, sixty);

        assertThat(parts).hasSize(2);
        assertThat(parts)
                .extracting(p -> p.path("part").asInt() + "/" + p.path("parts").asInt())
                .containsExactly("1/2", "2/2");
        assertThat(parts).extracting(p -> p.path("hits").size()).containsExactly(50, 10);
        List<Hit> read = new java.util.ArrayList<>();
        parts.forEach(p -> read.addAll(HitPayloads.hits(p, "GB-ESX")));
        assertThat(read).isEqualTo(sixty);
        assertThat(HitPayloads.answerPart(parts.get(1)))
                .isEqualTo(new AnswerAcceptance.AnswerPart("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 2, 2));
        List<ObjectNode> none = HitPayloads.answerParts("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 2, List.of());
        assertThat(none)
                .singleElement()
                .satisfies(p -> assertThat(p.path("parts").asInt()).isEqualTo(1));
    }

    @Test
    void anAnswerWithoutPartNumbersIsPartOneOfOne() {
        ObjectNode answer = HitPayloads.answer("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 2, List.of(HIT), 1, 1);
        answer.remove("part");
        answer.remove("parts");

        assertThat(HitPayloads.answerPart(answer))
                .isEqualTo(new AnswerAcceptance.AnswerPart("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 1, 1));
    }

    @Test
    void aHitNamingAnotherForceThanItsSenderIsRefused() {
        ObjectNode answer = HitPayloads.answer("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c", 2, List.of(HIT), 1, 1);

        assertThatThrownBy(() -> HitPayloads.hits(answer, "GB-KNT"))
                .isInstanceOf(RefusedMessageException.class)
                .extracting(e -> ((RefusedMessageException) e).reasonCode())
                .isEqualTo("HIT_FORCE_MISMATCH");
    }

    @Test
    void aDateOfTheRightShapeThatIsNoDateIsRefusedNotRetried() {
        assertThatThrownBy(() -> HitPayloads.date("2026-02-30"))
                .isInstanceOf(RefusedMessageException.class)
                .extracting(e -> ((RefusedMessageException) e).reasonCode())
                .isEqualTo("PAYLOAD_INVALID");
        assertThat(HitPayloads.date("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
