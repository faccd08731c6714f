package org.crossflag.gateway.hearings.victims;

import java.time.LocalDate;
import java.util.Objects;

import org.crossflag.adapter.VictimRelationship;

/**
 * One victim as a referring node sees them for one query: from a hit or from its own records. It carries no personal
 * data; whether two sightings are the same person is decided by comparing their blinded per-query encodings
 * ({@link SameVictim}).
 *
 * @param force        the force that recorded the victim (its code)
 * @param recordedOn   the date of the hearing or referral the victim was recorded with
 * @param relationship the victim's relationship to the person heard or referred
 */
public record VictimSighting(String force, LocalDate recordedOn, VictimRelationship relationship) {

    public VictimSighting {
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(recordedOn, "recordedOn");
        Objects.requireNonNull(relationship, "relationship");
    }
}
