package org.crossflag.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyCodesTests {

    @Test
    void everyCodeReadsBackAsItsOwnConstant() {
        for (RequesterRole role : RequesterRole.values()) {
            assertThat(RequesterRole.fromWire(role.wire())).isEqualTo(role);
        }
        for (ConsentState state : ConsentState.values()) {
            assertThat(ConsentState.fromWire(state.wire())).isEqualTo(state);
        }
        for (Forum forum : Forum.values()) {
            assertThat(Forum.fromWire(forum.wire())).isEqualTo(forum);
        }
        for (RecordKind kind : RecordKind.values()) {
            assertThat(RecordKind.fromWire(kind.wire())).isEqualTo(kind);
        }
    }

    @Test
    void anUnknownCodeIsNamedWithItsVocabulary() {
        assertThatThrownBy(() -> RequesterRole.fromWire("CHIEF_CONSTABLE"))
                .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
                    assertThat(e.vocabulary()).isEqualTo("requester role");
                    assertThat(e.value()).isEqualTo("CHIEF_CONSTABLE");
                })
                .hasMessage("CHIEF_CONSTABLE is not a requester role");
        assertThatThrownBy(() -> ConsentState.fromWire("given")).hasMessage("given is not a consent state");
        assertThatThrownBy(() -> Forum.fromWire("MARACX")).hasMessage("MARACX is not a forum");
        assertThatThrownBy(() -> Forum.fromWire(null)).hasMessage("null is not a forum");
        assertThatThrownBy(() -> RecordKind.fromWire("conviction")).hasMessage("conviction is not a record kind");
    }

    @Test
    void onlyTheServiceIdentityIsNotAnOfficerRole() {
        assertThat(RequesterRole.INTEGRATION_SERVICE.isOfficerRole()).isFalse();
        assertThat(RequesterRole.MARAC_COORDINATOR.isOfficerRole()).isTrue();
        assertThat(RequesterRole.OFFENDER_MANAGER.isOfficerRole()).isTrue();
    }

    @Test
    void theRecordKindsAreThoseADvdsCheckCovers() {
        assertThat(RecordKind.values())
                .extracting(RecordKind::wire)
                .containsExactly("CONVICTION", "CAUTION", "OUT_OF_COURT_DISPOSAL", "ORDER", "MARKER");
    }
}
