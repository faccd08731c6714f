package org.crossflag.gateway.lookup;

import java.util.Objects;

/**
 * One change of a peer's status that {@link PeerStatus} allows. Only its rules make one, so a store that writes
 * transitions (and only from their {@link #from()} status) cannot write one the lookup forbids.
 */
public final class PeerTransition {

    private final PeerStatus from;
    private final PeerStatus to;

    PeerTransition(PeerStatus from, PeerStatus to) {
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
    }

    public PeerStatus from() {
        return from;
    }

    public PeerStatus to() {
        return to;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeerTransition transition && transition.from == from && transition.to == to;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
