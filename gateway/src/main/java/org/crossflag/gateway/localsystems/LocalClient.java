package org.crossflag.gateway.localsystems;

import java.util.List;
import java.util.Set;

import org.crossflag.adapter.LocalEventType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A local system the connector knows: its configured name (the principal's name) and the events it may send.
 *
 * @param events never empty
 */
record LocalClient(String name, Set<LocalEventType> events) {

    LocalClient {
        events = Set.copyOf(events);
    }

    /** {@link LocalEventType#authority()} of each event, in the enum's order. */
    List<GrantedAuthority> authorities() {
        return events.stream()
                .sorted()
                .map(event -> (GrantedAuthority) new SimpleGrantedAuthority(event.authority()))
                .toList();
    }
}
