package org.crossflag.adapter;

import java.time.LocalDate;
import java.util.List;
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
 * @param subjectRole    PERPETRATOR, or BOTH where the record says "mutual" or a counter-allegation was made
 * @param abuseType      the kind of abuse heard, or null when the record does not say
 * @param victims        the people harmed, each with their relationship to the subject; may be empty
 */
public record LocalHearing(
        String localReference,
        Forum forum,
        LocalDate heardOn,
        LocalPerson subject,
        Contact coordinator,
        RiskScore score,
        PersonRole subjectRole,
        AbuseType abuseType,
        List<LocalVictim> victims) {

    public LocalHearing {
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(heardOn, "heardOn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(coordinator, "coordinator");
        subjectRole = HarmFields.subjectRole(subjectRole);
        victims = HarmFields.victims(victims);
    }

    /** A hearing that records no victims, role or abuse type: the subject is taken as the perpetrator. */
    public LocalHearing(
            String localReference,
            Forum forum,
            LocalDate heardOn,
            LocalPerson subject,
            Contact coordinator,
            RiskScore score) {
        this(localReference, forum, heardOn, subject, coordinator, score, PersonRole.PERPETRATOR, null, List.of());
    }

    /** The same hearing with its victims, the subject's role and the abuse type. */
    public LocalHearing withHarm(PersonRole role, AbuseType type, List<LocalVictim> harmed) {
        return new LocalHearing(localReference, forum, heardOn, subject, coordinator, score, role, type, harmed);
    }
}
