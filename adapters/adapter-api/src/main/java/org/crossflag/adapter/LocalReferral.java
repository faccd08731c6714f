package org.crossflag.adapter;

import java.time.LocalDate;
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
 */
public record LocalReferral(
        String localReference, Forum forum, LocalDate referredOn, LocalPerson subject, Contact coordinator) {

    public LocalReferral {
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(coordinator, "coordinator");
    }
}
