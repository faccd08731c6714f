package org.crossflag.gateway.disclosures.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;

/**
 * One DVDS application as stored at the requesting force.
 *
 * @param sourceAlertId the cross-area alert a Right to Know was started from, or null
 * @param checkDeadline when step 1 stops waiting for hit or no hit (null before it starts)
 * @param disclosed     the decision's outcome, null until decided
 */
public record StoredApplication(
        String applicationId,
        DisclosureRoute route,
        ApplicationStatus status,
        String officerId,
        String officerRole,
        LocalDate receivedOn,
        Instant createdAt,
        Parties parties,
        LegalBasis legalBasis,
        Envelope.Consent consent,
        List<DataCategory> categories,
        String sourceAlertId,
        Instant checkDeadline,
        LocalDate decidedOn,
        Boolean disclosed,
        Decision decision,
        boolean breachSent,
        Set<Integer> remindersSent) {

    public StoredApplication {
        categories = List.copyOf(categories);
        remindersSent = Set.copyOf(remindersSent);
    }

    /** What the clock needs to know of this application. */
    public ClockState clockState(List<Extension> extensions) {
        return new ClockState(receivedOn, extensions, remindersSent, breachSent, decidedOn != null);
    }

    @Override
    public String toString() {
        return "StoredApplication[" + applicationId + ", " + route + ", " + status + "]";
    }
}
