package org.crossflag.gateway.hearings.amendments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.hearings.records.AmendedRecord;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class AmendmentPayloadsTests {

    static final LocalDate ON = LocalDate.parse("2026-12-01");
    static final List<String> HITS = List.of("5f0e2a1b-0c3d-4e5f-8a9b-1c2d3e4f5a6b");

    @Test
    void aCorrectionCarriesTheHitFieldsAndReadsBackTheSame() {
        CorrectedHit corrected =
                new CorrectedHit(Forum.DAPP, LocalDate.parse("2026-05-15"), new RiskScore("DASH", "2009", "19"));

        ObjectNode payload = AmendmentPayloads.of(AmendedRecord.HEARING, Amendment.CORRECTED, ON, HITS, corrected);

        assertThat(payload.path("corrected").path("score").path("version").asText())
                .isEqualTo("2009");
        assertThat(AmendmentPayloads.read(payload))
                .isEqualTo(new AmendmentPayloads.Read(AmendedRecord.HEARING, Amendment.CORRECTED, ON, HITS, corrected));
    }

    @Test
    void aWithdrawalCarriesOnlyIdsAndTheDate() {
        ObjectNode payload = AmendmentPayloads.of(AmendedRecord.REFERRAL, Amendment.WITHDRAWN, ON, HITS, null);

        List<String> fields = new ArrayList<>();
        payload.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("about", "amendment", "amendedOn", "hitIds");
        assertThat(AmendmentPayloads.read(payload).corrected()).isNull();
    }

    @Test
    void anUnknownCodeOrADateThatIsNoDateIsRefused() {
        ObjectNode unknown = AmendmentPayloads.of(AmendedRecord.HEARING, Amendment.WITHDRAWN, ON, HITS, null)
                .put("amendment", "REVISED");
        ObjectNode noDate = AmendmentPayloads.of(AmendedRecord.HEARING, Amendment.WITHDRAWN, ON, HITS, null)
                .put("amendedOn", "2026-02-30");

        assertThatThrownBy(() -> AmendmentPayloads.read(unknown))
                .isInstanceOfSatisfying(
                        RefusedMessageException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("PAYLOAD_INVALID"));
        assertThatThrownBy(() -> AmendmentPayloads.read(noDate))
                .isInstanceOfSatisfying(
                        RefusedMessageException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("PAYLOAD_INVALID"));
    }
}
