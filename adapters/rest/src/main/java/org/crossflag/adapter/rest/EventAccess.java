package org.crossflag.adapter.rest;

import org.crossflag.adapter.LocalEventType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the calling client may send an event. The node's local-systems connector authenticates the client (client
 * certificate or API key) and grants {@link LocalEventType#authority()} for each event it is configured to send; this
 * is checked before the body is read.
 */
final class EventAccess {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    /** The calling client's name as the connector configured it (for logs), or a placeholder when there is none. */
    String clientName() {
        Authentication client = SecurityContextHolder.getContext().getAuthentication();
        return authenticated(client) ? client.getName() : "an unauthenticated client";
    }

    /** @throws RequestRefusedException {@code NOT_AUTHENTICATED} or {@code EVENT_NOT_ALLOWED} */
    void require(LocalEventType event) {
        Authentication client = SecurityContextHolder.getContext().getAuthentication();
        if (!authenticated(client)) {
            throw new RequestRefusedException(
                    Reason.NOT_AUTHENTICATED, null, "the client is not authenticated to the local-systems connector");
        }
        String authority = event.authority();
        boolean allowed = client.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
        if (!allowed) {
            throw new RequestRefusedException(
                    Reason.EVENT_NOT_ALLOWED, null, "this client may not send " + event.wire() + " events");
        }
    }

    private boolean authenticated(Authentication client) {
        return client != null && client.isAuthenticated() && !trust.isAnonymous(client);
    }
}
