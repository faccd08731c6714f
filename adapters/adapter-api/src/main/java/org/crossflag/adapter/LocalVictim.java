package org.crossflag.adapter;

import java.util.Objects;

/**
 * A person a hearing or referral concerns as harmed. Personal data: the node keeps it, and only a blinded encoding
 * under a key made for one query ever leaves it.
 *
 * @param person       the victim as the force's system records them
 * @param relationship the victim's relationship to the person heard or referred
 * @param role         VICTIM, or BOTH where the record says "mutual" or a counter-allegation was made
 */
public record LocalVictim(LocalPerson person, VictimRelationship relationship, PersonRole role) {

    public LocalVictim {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(relationship, "relationship");
        role = role == null ? PersonRole.VICTIM : role;
        if (role == PersonRole.PERPETRATOR) {
            throw new RejectedRecordException(
                    "VICTIM_ROLE_INVALID", "victims.role", "a victim's role is VICTIM or BOTH");
        }
    }

    public LocalVictim(LocalPerson person, VictimRelationship relationship) {
        this(person, relationship, PersonRole.VICTIM);
    }
}
