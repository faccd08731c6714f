package org.crossflag.gateway.disclosures.lookups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.applications.ApplicationRepository;
import org.crossflag.gateway.disclosures.applications.ApplicationStatus;
import org.crossflag.gateway.disclosures.applications.ApplicationTransitions;
import org.crossflag.gateway.disclosures.applications.DisclosureClock;
import org.crossflag.gateway.disclosures.applications.StoredApplication;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.MemberKind;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.lookup.FederatedLookup;
import org.crossflag.gateway.lookup.PeerStatus;
import org.crossflag.gateway.lookup.PeersToAsk;
import org.crossflag.gateway.policy.PolicyDecision;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The requesting force's side of a DVDS lookup, in two steps. Step 1 sends a {@code DisclosureCheck} carrying only
 * the subject's blinded encoding to every police member the policy lets this node ask, and waits for hit or no hit.
 * Step 2 sends a {@code DisclosureRequest}, with the categories asked for, the legal basis and the consent state, to
 * each force that reported a hit. Each force's progress is a pair of {@link PeerStatus}es; the application moves to
 * awaiting answers while a request is open and to decision due when every force is settled.
 */
public class DisclosureLookups {

    private final PeersToAsk peersToAsk;
    private final DirectoryService directory;
    private final PolicyEnforcer policy;
    private final HearingMatching matching;
    private final Outbox outbox;
    private final ApplicationRepository applications;
    private final ForceRepository forces;
    private final AuditTrail audit;
    private final DisclosureClock disclosureClock;
    private final Duration checkTimeout;
    private final ZoneId zone;
    private final Clock clock;

    public DisclosureLookups(
            String nodeCode,
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingMatching matching,
            Outbox outbox,
            ApplicationRepository applications,
            ForceRepository forces,
            AuditTrail audit,
            DisclosureClock disclosureClock,
            Duration checkTimeout,
            ZoneId zone,
            Clock clock) {
        this.peersToAsk = new PeersToAsk(nodeCode, MemberKind.POLICE, MessageType.DISCLOSURE_CHECK);
        this.directory = directory;
        this.policy = policy;
        this.matching = matching;
        this.outbox = outbox;
        this.applications = applications;
        this.forces = forces;
        this.audit = audit;
        this.disclosureClock = disclosureClock;
        this.checkTimeout = checkTimeout;
        this.zone = zone;
        this.clock = clock;
    }

    /** In the application's transaction: step 1 to every permitted force; returns the forces asked. */
    public List<String> startChecks(StoredApplication application) {
        Instant now = clock.instant();
        Instant deadline = now.plus(checkTimeout);
        Optional<HearingMatching.QueryEncoding> encoding = matching.encodeForQuery(
                LocalPeople.identity(application.parties().subject().withoutAddress(application.applicationId())), now);
        List<String> asked = new ArrayList<>();
        if (encoding.isPresent()) {
            ObjectNode payload = JsonNodeFactory.instance.objectNode().put("answerBy", deadline.toString());
            payload.set("encoding", encoding.get().wire());
            List<DirectoryMember> permitted = peersToAsk.choose(
                    directory.requireCurrent().members(),
                    member -> policy.decide(PolicyRequest.sending(check(application, member.code(), payload)))
                            .allowed());
            for (DirectoryMember member : permitted) {
                String messageId = outbox.queue(check(application, member.code(), payload));
                forces.insert(application.applicationId(), member.code(), messageId);
                asked.add(member.code());
            }
        }
        applications.checkDeadline(application.applicationId(), deadline);
        applications.status(
                application.applicationId(),
                ApplicationTransitions.check(application.status(), ApplicationStatus.CHECKS));
        if (asked.isEmpty()) {
            // No force to ask: the checks are over at once, and the officer decides on what this force holds.
            applications.status(
                    application.applicationId(),
                    ApplicationTransitions.check(ApplicationStatus.CHECKS, ApplicationStatus.DECISION_DUE));
        }
        audit.record(AuditEvent.of(AuditAction.DVDS_CHECKS_STARTED, asked.isEmpty() ? "NO_FORCE_ASKED" : "SENT")
                .withMessage(null, application.applicationId())
                .withActor(application.officerId(), application.officerRole())
                .withPurpose(application.route().purpose().wire())
                .withReason(encoding.isEmpty() ? HearingMatching.NOT_CONFIGURED : null));
        return asked;
    }

    /** Step 1 answered by a force: on a hit, step 2 goes to it at once. */
    void checkAnswered(StoredApplication application, ForceRepository.ForceRow row, String hitId, String band) {
        row.check()
                .status()
                .answer(true)
                .filter(transition ->
                        forces.checkAnswered(application.applicationId(), row.force(), transition, hitId, band))
                .ifPresent(transition -> {
                    if (hitId != null && isOpen(application)) {
                        sendRequest(application, row.force(), hitId);
                    }
                });
        advance(application.applicationId());
    }

    void checkRefused(StoredApplication application, ForceRepository.ForceRow row, String reasonCode) {
        row.check()
                .status()
                .refuse()
                .ifPresent(transition ->
                        forces.checkRefused(application.applicationId(), row.force(), transition, reasonCode));
        advance(application.applicationId());
    }

    void requestAnswered(StoredApplication application, ForceRepository.ForceRow row, String answerJson, Instant at) {
        if (row.request() != null) {
            row.request()
                    .status()
                    .answer(true)
                    .ifPresent(transition -> forces.requestSettled(
                            application.applicationId(), row.force(), transition, answerJson, null, at));
        }
        advance(application.applicationId());
    }

    void requestRefused(StoredApplication application, ForceRepository.ForceRow row, String reasonCode, Instant at) {
        if (row.request() != null) {
            row.request()
                    .status()
                    .refuse()
                    .ifPresent(transition -> forces.requestSettled(
                            application.applicationId(), row.force(), transition, null, reasonCode, at));
        }
        advance(application.applicationId());
    }

    /** Step 1 past its deadline: forces still silent are listed as not answering in time. */
    public void passCheckDeadline(String applicationId) {
        applications.lock(applicationId).ifPresent(application -> {
            int silent = forces.checksUnanswered(applicationId);
            if (silent > 0) {
                audit.record(AuditEvent.of(AuditAction.DVDS_CHECKS_COMPLETED, "DEADLINE")
                        .withMessage(null, applicationId)
                        .withReason("FORCES_DID_NOT_ANSWER"));
            }
            advance(applicationId);
        });
    }

    public List<String> checksOverdue() {
        return applications.checksOverdue(clock.instant());
    }

    private void sendRequest(StoredApplication application, String force, String hitId) {
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("hitId", hitId)
                .put("route", application.route().wire())
                .put("applicationId", application.applicationId())
                .put("receivedOn", application.receivedOn().toString())
                .put("answerBy", answerBy(application).toString());
        OutgoingMessage request = new OutgoingMessage(
                MessageType.DISCLOSURE_REQUEST,
                force,
                application.applicationId(),
                application.route().purpose(),
                application.legalBasis(),
                requester(application),
                application.consent(),
                application.categories(),
                payload);
        PolicyDecision decision = policy.decide(PolicyRequest.sending(request));
        if (!decision.allowed()) {
            forces.requestNotSent(application.applicationId(), force, "POLICY_" + decision.reasonCode());
            return;
        }
        forces.requestSent(application.applicationId(), force, outbox.queue(request));
        audit.record(AuditEvent.of(AuditAction.DVDS_REQUEST_SENT, "SENT")
                .withMessage(null, application.applicationId())
                .withCounterpart(force)
                .withActor(application.officerId(), application.officerRole())
                .withPurpose(application.route().purpose().wire()));
    }

    /** The end of the application's deadline day, as the holding force's officer is told. */
    private Instant answerBy(StoredApplication application) {
        return disclosureClock
                .deadline(application.receivedOn(), applications.extensions(application.applicationId()))
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
    }

    /** Moves the application on when its forces say so: awaiting answers while a request is open, then decision due. */
    private void advance(String applicationId) {
        StoredApplication application = applications.find(applicationId).orElseThrow();
        if (!isOpen(application)) {
            return;
        }
        List<ForceRepository.ForceRow> rows = forces.forces(applicationId);
        // Each step is a federated lookup of its own: step 1 over every force asked, step 2 over the forces with a hit.
        boolean checking = !new FederatedLookup(
                        rows.stream().map(ForceRepository.ForceRow::check).toList(), reason -> false)
                .complete();
        boolean requestOpen = !new FederatedLookup(
                        rows.stream()
                                .map(ForceRepository.ForceRow::request)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        reason -> false)
                .complete();
        ApplicationStatus next = requestOpen
                ? ApplicationStatus.AWAITING_ANSWERS
                : checking ? ApplicationStatus.CHECKS : ApplicationStatus.DECISION_DUE;
        if (next != application.status() && next.compareTo(application.status()) > 0) {
            applications.status(applicationId, ApplicationTransitions.check(application.status(), next));
        }
    }

    private static boolean isOpen(StoredApplication application) {
        return application.status() == ApplicationStatus.CHECKS
                || application.status() == ApplicationStatus.AWAITING_ANSWERS
                || application.status() == ApplicationStatus.DECISION_DUE;
    }

    private static OutgoingMessage check(StoredApplication application, String force, ObjectNode payload) {
        return new OutgoingMessage(
                MessageType.DISCLOSURE_CHECK,
                force,
                application.applicationId(),
                application.route().purpose(),
                application.legalBasis(),
                requester(application),
                application.consent(),
                List.of(),
                payload);
    }

    private static Envelope.Requester requester(StoredApplication application) {
        return new Envelope.Requester(application.officerId(), RequesterRole.fromWire(application.officerRole()));
    }
}
