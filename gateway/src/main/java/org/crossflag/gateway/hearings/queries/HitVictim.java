package org.crossflag.gateway.hearings.queries;

import java.util.Objects;

import org.crossflag.adapter.VictimRelationship;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A victim a hit carries: the relationship to the person heard, and an encoding under the query's own key (never
 * the index's), so the asking force can count distinct victims and nothing more.
 */
public record HitVictim(VictimRelationship relationship, JsonNode encoding) {

    public HitVictim {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(encoding, "encoding");
    }

    @Override
    public String toString() {
        return "HitVictim[" + relationship + "]";
    }
}
