package org.crossflag.adapter.rmssoap;

import org.crossflag.adapter.LocalEventType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * May this caller send this event? The node's local-systems connector authenticates the records system and grants
 * {@link LocalEventType#authority()} for each event its client is configured to send; nothing else counts.
 */
final class EventPermission {

    static final String EVENT_NOT_ALLOWED = "EVENT_NOT_ALLOWED";

    private EventPermission() {}

    /** @throws EventRefusedException {@code EVENT_NOT_ALLOWED} unless the caller holds the event's authority */
    static void require(Authentication caller, LocalEventType event) {
        if (caller == null || !caller.isAuthenticated() || !holds(caller, event.authority())) {
            throw new EventRefusedException(
                    EVENT_NOT_ALLOWED, null, "this client may not send " + event.wire() + " events");
        }
    }

    private static boolean holds(Authentication caller, String authority) {
        for (GrantedAuthority granted : caller.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
