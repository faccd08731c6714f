package org.crossflag.gateway.disclosures.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RecordKind;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.junit.jupiter.api.Test;

class HeldRecordKindTests {

    @Test
    void eachPersonRecordKindFallsInItsDvdsCategory() {
        assertThat(HeldRecordKind.of(RecordKind.CONVICTION).category()).isEqualTo(DataCategory.CONVICTIONS);
        assertThat(HeldRecordKind.of(RecordKind.CAUTION).category()).isEqualTo(DataCategory.CAUTIONS_AND_DISPOSALS);
        assertThat(HeldRecordKind.of(RecordKind.OUT_OF_COURT_DISPOSAL).category())
                .isEqualTo(DataCategory.CAUTIONS_AND_DISPOSALS);
        assertThat(HeldRecordKind.of(RecordKind.ORDER).category()).isEqualTo(DataCategory.ORDERS);
        assertThat(HeldRecordKind.of(RecordKind.MARKER).category()).isEqualTo(DataCategory.INTELLIGENCE);
    }

    @Test
    void aPersonRecordKeepsItsKindsName() {
        for (RecordKind kind : RecordKind.values()) {
            assertThat(HeldRecordKind.of(kind).wire()).isEqualTo(kind.wire());
        }
    }

    @Test
    void maracHearingsAndOtherPanelsHearingsArePanelHistory() {
        assertThat(HeldRecordKind.of(Forum.MARAC)).isEqualTo(HeldRecordKind.MARAC_HEARING);
        for (Forum forum : Forum.values()) {
            if (forum != Forum.MARAC) {
                assertThat(HeldRecordKind.of(forum)).as(forum.name()).isEqualTo(HeldRecordKind.PANEL_HEARING);
            }
            assertThat(HeldRecordKind.of(forum).category()).isEqualTo(DataCategory.MARAC_AND_PANEL_HISTORY);
        }
    }

    @Test
    void codesReadBackAndAnUnknownOneIsNamed() {
        for (HeldRecordKind kind : HeldRecordKind.values()) {
            assertThat(HeldRecordKind.fromWire(kind.wire())).isEqualTo(kind);
        }
        assertThatThrownBy(() -> HeldRecordKind.fromWire("ARREST")).hasMessage("ARREST is not a held record kind");
    }
}
