package org.crossflag.gateway.disclosures.applications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision on an application: whether to disclose, who decided, at which forum, when, and how the disclosure is
 * given. Crossflag records it and never sends a disclosure itself; it is given in person, to A or to a person placed
 * to protect A, never to the subject.
 */
public record Decision(
        boolean disclose,
        String decidedBy,
        DecisionForum forum,
        LocalDate decidedOn,
        DisclosureMethod method,
        DisclosureRecipient recipient,
        String recordedBy,
        Instant recordedAt) {}
