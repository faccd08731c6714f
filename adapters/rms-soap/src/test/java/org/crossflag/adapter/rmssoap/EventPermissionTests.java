package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.crossflag.adapter.LocalEventType;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class EventPermissionTests {

    static UsernamePasswordAuthenticationToken client(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "essex-rms",
                null,
                List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList());
    }

    @Test
    void theEventsOwnAuthorityAllowsIt() {
        assertThatCode(() -> EventPermission.require(
                        client("LOCAL_EVENT_HEARING_RECORDED"), LocalEventType.HEARING_RECORDED))
                .doesNotThrowAnyException();
    }

    @Test
    void anotherEventsAuthorityNoAuthorityOrNoCallerIsRefused() {
        for (var caller : new org.springframework.security.core.Authentication[] {
            client("LOCAL_EVENT_REFERRAL_RECEIVED"), client(), client("HEARING_RECORDED"), null
        }) {
            assertThatThrownBy(() -> EventPermission.require(caller, LocalEventType.HEARING_RECORDED))
                    .isInstanceOfSatisfying(EventRefusedException.class, e -> {
                        assertThat(e.reasonCode()).isEqualTo("EVENT_NOT_ALLOWED");
                        assertThat(e.field()).isNull();
                    });
        }
    }

    @Test
    void anUnauthenticatedTokenIsRefusedWhateverItClaims() {
        TestingAuthenticationToken claimed = new TestingAuthenticationToken("essex-rms", null, List.of());
        claimed.setAuthenticated(false);
        UsernamePasswordAuthenticationToken unauthenticated =
                UsernamePasswordAuthenticationToken.unauthenticated("essex-rms", "LOCAL_EVENT_RECORD_WITHDRAWN");

        assertThatThrownBy(() -> EventPermission.require(claimed, LocalEventType.RECORD_WITHDRAWN))
                .isInstanceOf(EventRefusedException.class);
        assertThatThrownBy(() -> EventPermission.require(unauthenticated, LocalEventType.RECORD_WITHDRAWN))
                .isInstanceOf(EventRefusedException.class);
    }
}
