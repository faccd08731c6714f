package org.crossflag.gateway.disclosures.lookups;

import java.util.Set;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.applications.ApplicationRepository;
import org.crossflag.gateway.disclosures.applications.StoredApplication;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusalListener;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What comes back to the requesting force: each force's hit or no hit (step 1), its answer to a disclosure request
 * (step 2), and its signed refusals of either. Each is taken only from the force it was sent to, quoting the very
 * message sent to it; anything else is refused with a reason code and changes nothing.
 */
public final class DisclosureAnswers implements RefusalListener {

    static final String UNKNOWN_APPLICATION = "DVDS_UNKNOWN_APPLICATION";
    static final String NOT_ASKED = "DVDS_NOT_ASKED";

    private final ApplicationRepository applications;
    private final ForceRepository forces;
    private final DisclosureLookups lookups;
    private final Quotas quotas;
    private final AuditTrail audit;

    public DisclosureAnswers(
            ApplicationRepository applications,
            ForceRepository forces,
            DisclosureLookups lookups,
            Quotas quotas,
            AuditTrail audit) {
        this.applications = applications;
        this.forces = forces;
        this.lookups = lookups;
        this.quotas = quotas;
        this.audit = audit;
    }

    /** The handler of step 1's answers. */
    public InboundMessageHandler checkAnswers() {
        return InboundMessageHandler.of(MessageType.DISCLOSURE_CHECK_ANSWER, this::checkAnswer);
    }

    /** The handler of step 2's answers. */
    public InboundMessageHandler disclosureAnswers() {
        return InboundMessageHandler.of(MessageType.DISCLOSURE_ANSWER, this::disclosureAnswer);
    }

    @Override
    public Set<MessageType> refusedTypes() {
        return Set.of(MessageType.DISCLOSURE_CHECK, MessageType.DISCLOSURE_REQUEST);
    }

    @Override
    public void refused(InboundMessage message, String refusedMessageId, String reasonCode) {
        Envelope refusal = message.envelope();
        applications
                .lock(refusal.correlationId())
                .ifPresent(application -> forces.force(application.applicationId(), refusal.sender())
                        .ifPresent(row -> {
                            if (refusedMessageId.equals(row.checkMessageId())) {
                                lookups.checkRefused(application, row, reasonCode);
                            } else if (refusedMessageId.equals(row.requestMessageId())) {
                                lookups.requestRefused(application, row, reasonCode, message.receivedAt());
                            }
                        }));
    }

    private void checkAnswer(InboundMessage message) {
        Envelope answer = message.envelope();
        charge(answer);
        StoredApplication application = application(answer);
        ForceRepository.ForceRow row = row(application, answer, "checkMessageId", true);
        boolean hit = "HIT".equals(answer.payload().path("outcome").asText());
        lookups.checkAnswered(
                application,
                row,
                hit ? answer.payload().path("hitId").asText() : null,
                hit ? answer.payload().path("band").asText() : null);
        audit.record(AuditEvent.of(AuditAction.DVDS_CHECK_RESULT, hit ? "HIT" : "NO_HIT")
                .withMessage(answer.messageId(), answer.correlationId())
                .withCounterpart(answer.sender())
                .withPurpose(answer.purpose().wire()));
    }

    private void disclosureAnswer(InboundMessage message) {
        Envelope answer = message.envelope();
        charge(answer);
        StoredApplication application = application(answer);
        ForceRepository.ForceRow row = row(application, answer, "requestMessageId", false);
        JsonNode payload = answer.payload();
        boolean released = "RELEASED".equals(payload.path("outcome").asText());
        if (released) {
            lookups.requestAnswered(application, row, payload.path("items").toString(), message.receivedAt());
        } else {
            lookups.requestRefused(application, row, payload.path("reasonCode").asText(), message.receivedAt());
        }
        audit.record(AuditEvent.of(AuditAction.DVDS_ANSWER_RECEIVED, released ? "RELEASED" : "REFUSED")
                .withMessage(answer.messageId(), answer.correlationId())
                .withCounterpart(answer.sender())
                .withActor(
                        answer.requester().officerId(),
                        answer.requester().role().wire())
                .withPurpose(answer.purpose().wire())
                .withReason(
                        released ? null : auditable(payload.path("reasonCode").asText())));
    }

    /** The audit trail takes codes of capital letters and '_' only. */
    private static String auditable(String reasonCode) {
        return reasonCode.matches("[A-Z][A-Z_]{0,59}") ? reasonCode : "UNSPECIFIED";
    }

    private void charge(Envelope answer) {
        try {
            quotas.usePeer(QuotaKind.PEER_ANSWERS, answer.sender());
        } catch (QuotaExceededException e) {
            throw new RefusedMessageException(QuotaExceededException.REASON, e.getMessage());
        }
    }

    private StoredApplication application(Envelope answer) {
        return applications
                .lock(answer.correlationId())
                .orElseThrow(() -> new RefusedMessageException(
                        UNKNOWN_APPLICATION, "no DVDS application of this force has this correlation id"));
    }

    private ForceRepository.ForceRow row(
            StoredApplication application, Envelope answer, String quotedField, boolean ofCheck) {
        String quoted = answer.payload().path(quotedField).asText("");
        return forces.force(application.applicationId(), answer.sender())
                .filter(row -> quoted.equals(ofCheck ? row.checkMessageId() : row.requestMessageId()))
                .orElseThrow(() -> new RefusedMessageException(
                        NOT_ASKED, answer.sender() + " was not sent the message its answer quotes"));
    }
}
