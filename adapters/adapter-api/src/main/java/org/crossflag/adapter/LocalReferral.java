package org.crossflag.adapter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person newly referred to one of this force's panels. The node asks every other force whether the person
 * was heard there before.
 *
 * @param localReference the referral's own reference (e.g. MARAC-KNT-2026-1187)
 * @param forum          the panel the person is referred to
 * @param referredOn     the date of the referral
 * @param subject        the person referred (the perpetrator or alleged perpetrator)
 * @param coordinator    who the other areas should call
 * @param subjectRole    PERPETRATOR, or BOTH where the referral records a counter-allegation
 * @param abuseType      the kind of abuse referred, or null when the referral does not say
 * @param victims        the people harmed, each with their relationship to the subject; may be empty
 */
public record LocalReferral(
        String localReference,
        Forum forum,
        LocalDate referredOn,
        LocalPerson subject,
        Contact coordinator,
        PersonRole subjectRole,
        AbuseType abuseType,
        List<LocalVictim> victims) {

    public LocalReferral {
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(coordinator, "coordinator");
        subjectRole = HarmFields.subjectRole(subjectRole);
        victims = HarmFields.victims(victims);
    }

    /** A referral that records no victims, role or abuse type: the subject is taken as the perpetrator. */
    public LocalReferral(
            String localReference, Forum forum, LocalDate referredOn, LocalPerson subject, Contact coordinator) {
        this(localReference, forum, referredOn, subject, coordinator, PersonRole.PERPETRATOR, null, List.of());
    }

    /** The same referral with its victims, the subject's role and the abuse type. */
    public LocalReferral withHarm(PersonRole role, AbuseType type, List<LocalVictim> harmed) {
        return new LocalReferral(localReference, forum, referredOn, subject, coordinator, role, type, harmed);
    }
}
