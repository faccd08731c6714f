package org.crossflag.gateway.disclosures;

import java.util.Optional;

import org.crossflag.gateway.disclosures.applications.Parties;

/** The person a cross-area alert is about, as the subject (B) of a Right to Know drafted from it. */
public interface SubjectsOfAlerts {

    /** Empty when there is no such alert. */
    Optional<Parties.Person> subjectOf(String alertId);
}
