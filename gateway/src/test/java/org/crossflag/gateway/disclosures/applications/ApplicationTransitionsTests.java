package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.gateway.disclosures.applications.ApplicationStatus.AWAITING_ANSWERS;
import static org.crossflag.gateway.disclosures.applications.ApplicationStatus.CHECKS;
import static org.crossflag.gateway.disclosures.applications.ApplicationStatus.CLOSED;
import static org.crossflag.gateway.disclosures.applications.ApplicationStatus.DECIDED;
import static org.crossflag.gateway.disclosures.applications.ApplicationStatus.DECISION_DUE;
import static org.crossflag.gateway.disclosures.applications.ApplicationStatus.DRAFT;
import static org.crossflag.gateway.disclosures.applications.ApplicationStatus.RECEIVED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.crossflag.adapter.UnknownCodeException;
import org.junit.jupiter.api.Test;

class ApplicationTransitionsTests {

    static final Map<ApplicationStatus, Set<ApplicationStatus>> TABLE = Map.of(
            DRAFT, Set.of(RECEIVED, CHECKS, CLOSED),
            RECEIVED, Set.of(CHECKS, CLOSED),
            CHECKS, Set.of(AWAITING_ANSWERS, DECISION_DUE, CLOSED),
            AWAITING_ANSWERS, Set.of(DECISION_DUE, DECIDED, CLOSED),
            DECISION_DUE, Set.of(DECIDED, CLOSED),
            DECIDED, Set.of(CLOSED),
            CLOSED, Set.of());

    @Test
    void everyAllowedMoveIsAllowed() {
        TABLE.forEach((from, targets) -> {
            for (ApplicationStatus to : targets) {
                assertThat(ApplicationTransitions.check(from, to))
                        .as(from + " to " + to)
                        .isEqualTo(to);
            }
            assertThat(ApplicationTransitions.allowedFrom(from)).as(from.name()).isEqualTo(targets);
        });
    }

    @Test
    void everyOtherMoveIsRefusedNamingBothStatuses() {
        int refused = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            Set<ApplicationStatus> others = EnumSet.allOf(ApplicationStatus.class);
            others.removeAll(TABLE.get(from));
            for (ApplicationStatus to : others) {
                assertThatThrownBy(() -> ApplicationTransitions.check(from, to))
                        .isInstanceOfSatisfying(
                                ApplicationStateException.class,
                                e -> assertThat(e.reasonCode()).isEqualTo("APPLICATION_STATE_CONFLICT"))
                        .hasMessage("an application in " + from + " may not move to " + to);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(49 - 14);
    }

    @Test
    void noStatusFollowsItself() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThatThrownBy(() -> ApplicationTransitions.check(status, status))
                    .isInstanceOf(ApplicationStateException.class);
        }
    }

    @Test
    void aDecisionMayBeTakenWhileAnswersAreAwaitedOrWhenDue() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationTransitions::decidable))
                .containsExactly(AWAITING_ANSWERS, DECISION_DUE);
    }

    @Test
    void statusesAreReadFromTheirNames() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(ApplicationStatus.fromWire(status.wire())).isEqualTo(status);
        }
        assertThatThrownBy(() -> ApplicationStatus.fromWire("OPEN"))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessage("OPEN is not a status of an application");
    }
}
