package org.crossflag.gateway.hearings.queries;

import java.time.LocalDate;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;

/**
 * What a holding force reports about one of its hearings that matched a query: forum, force, date, reference,
 * whom to call and how close the match is. Never an identity field. A score always names its tool and version.
 *
 * @param hitId  the holder's id for this hit, quoted back in a CrossAreaAlert
 * @param band   MATCH or POSSIBLE_MATCH
 */
public record Hit(
        String hitId,
        String holder,
        Forum forum,
        LocalDate heardOn,
        String reference,
        Contact contact,
        String band,
        RiskScore score) {}
