package org.crossflag.adapter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A hearing this force's own panel held about a person: the node indexes it, so that a referral in another
 * area can find it.
 *
 * @param localReference the panel's own case reference, unique per forum within the force (e.g. MARAC-ESX-2026-0412)
 * @param forum          which panel heard the person
 * @param heardOn        the date of the hearing
 * @param subject        the person heard (the perpetrator or alleged perpetrator)
 * @param coordinator    who another area should call about it
 * @param score          the risk score recorded at the hearing, with its tool and version, or null
 */
public record LocalHearing(
        String localReference,
        Forum forum,
        LocalDate heardOn,
        LocalPerson subject,
        Contact coordinator,
        RiskScore score) {

    public LocalHearing {
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(heardOn, "heardOn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(coordinator, "coordinator");
    }
}
