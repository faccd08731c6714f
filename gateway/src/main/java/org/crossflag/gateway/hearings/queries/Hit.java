package org.crossflag.gateway.hearings.queries;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.RiskScore;

/**
 * What a holding force reports about one of its hearings that matched a query: forum, force, date, reference,
 * whom to call and how close the match is. Never an identity field. A score always names its tool and version.
 *
 * @param hitId          the holder's id for this hit, quoted back in a CrossAreaAlert
 * @param band           MATCH or POSSIBLE_MATCH
 * @param role           PERPETRATOR or BOTH: the hearing's subject matched, as the hearing records them; VICTIM: a
 *                       person the hearing recorded as harmed matched, which only holds an alert for review
 * @param abuseType      the kind of abuse heard, or null when the record does not say
 * @param subjectUnder16 the subject was (or may have been) under 16 at the hearing
 * @param victimUnder16  a victim was (or may have been) under 16 at the hearing
 * @param victims        the hearing's victims under the query's own key; empty for a victim's record
 */
public record Hit(
        String hitId,
        String holder,
        Forum forum,
        LocalDate heardOn,
        String reference,
        Contact contact,
        String band,
        RiskScore score,
        PersonRole role,
        AbuseType abuseType,
        boolean subjectUnder16,
        boolean victimUnder16,
        List<HitVictim> victims) {

    public Hit {
        role = role == null ? PersonRole.PERPETRATOR : role;
        victims = victims == null ? List.of() : List.copyOf(victims);
    }

    /** A hit on the subject of a hearing that records no victims, role, type or ages. */
    public Hit(
            String hitId,
            String holder,
            Forum forum,
            LocalDate heardOn,
            String reference,
            Contact contact,
            String band,
            RiskScore score) {
        this(
                hitId,
                holder,
                forum,
                heardOn,
                reference,
                contact,
                band,
                score,
                PersonRole.PERPETRATOR,
                null,
                false,
                false,
                List.of());
    }

    /** Whether the hit is on a record of the person as harmed: it can only hold an alert for review. */
    public boolean onVictimRecord() {
        return role == PersonRole.VICTIM;
    }

    /** The same hit without its victims: for an answer the policy does not let carry them. */
    public Hit withoutVictims() {
        return new Hit(
                hitId,
                holder,
                forum,
                heardOn,
                reference,
                contact,
                band,
                score,
                role,
                abuseType,
                subjectUnder16,
                victimUnder16,
                List.of());
    }
}
