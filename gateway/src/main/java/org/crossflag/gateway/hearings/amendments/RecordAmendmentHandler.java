package org.crossflag.gateway.hearings.amendments;

import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.hearings.alerts.AlertAmendments;
import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.queries.QueryRepository;
import org.crossflag.gateway.hearings.records.AmendedRecord;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;

/**
 * Another force amended a record we hold something derived from. A hearing amendment comes from the force that issued
 * the hits (our stored hits and PRIOR_HEARING_ELSEWHERE alerts follow); a referral withdrawal from the force our hits
 * went to (our REFERRED_ELSEWHERE alerts follow). Anything else is refused ({@link AmendmentAcceptance}) and nothing
 * changes. Amendments count against the peer's alert quota: they are rarer than the alerts they amend.
 */
public final class RecordAmendmentHandler implements InboundMessageHandler {

    private final PolicyEnforcer policy;
    private final QueryRepository queries;
    private final IssuedHitRepository issuedHits;
    private final AlertAmendments alerts;
    private final AuditTrail audit;
    private final Quotas quotas;

    RecordAmendmentHandler(
            PolicyEnforcer policy,
            QueryRepository queries,
            IssuedHitRepository issuedHits,
            AlertAmendments alerts,
            AuditTrail audit,
            Quotas quotas) {
        this.policy = policy;
        this.queries = queries;
        this.issuedHits = issuedHits;
        this.alerts = alerts;
        this.audit = audit;
        this.quotas = quotas;
    }

    @Override
    public MessageType messageType() {
        return MessageType.RECORD_AMENDMENT;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope envelope = message.envelope();
        try {
            quotas.usePeer(QuotaKind.PEER_ALERTS, envelope.sender());
        } catch (QuotaExceededException e) {
            throw new RefusedMessageException(QuotaExceededException.REASON, e.getMessage());
        }
        var decision = policy.decide(PolicyRequest.receiving(envelope));
        if (!decision.allowed()) {
            throw new RefusedMessageException(
                    "POLICY_" + decision.reasonCode(), "no data-sharing agreement allows this amendment");
        }
        AmendmentPayloads.Read amendment = AmendmentPayloads.read(envelope.payload());
        String sender = envelope.sender();
        String queryId = envelope.correlationId();
        int changed = 0;
        if (amendment.about() == AmendedRecord.HEARING) {
            List<Optional<QueryRepository.ReceivedHit>> received = amendment.hitIds().stream()
                    .map(hitId -> queries.receivedHit(queryId, hitId))
                    .toList();
            if (!AmendmentAcceptance.acceptsHearingAmendment(received, sender)) {
                throw new RefusedMessageException(
                        AmendmentAcceptance.REFUSAL_REASON, AmendmentAcceptance.REFUSAL_DETAIL);
            }
            for (int i = 0; i < received.size(); i++) {
                if (!AmendmentAcceptance.changesHit(received.get(i).get().amendment())) {
                    continue;
                }
                String hitId = amendment.hitIds().get(i);
                queries.amendHit(queryId, hitId, amendment.amendment(), amendment.on(), amendment.corrected());
                changed += alerts.hitAmended(
                        queryId, hitId, sender, amendment.amendment(), amendment.on(), amendment.corrected());
            }
        } else {
            List<Optional<IssuedHitRepository.IssuedHit>> issued =
                    amendment.hitIds().stream().map(issuedHits::find).toList();
            if (!AmendmentAcceptance.acceptsReferralAmendment(issued, sender, queryId)) {
                throw new RefusedMessageException(
                        AmendmentAcceptance.REFUSAL_REASON, AmendmentAcceptance.REFUSAL_DETAIL);
            }
            for (String hitId : amendment.hitIds()) {
                changed += alerts.referralAmended(queryId, hitId, sender, amendment.amendment(), amendment.on());
            }
        }
        audit.record(AuditEvent.of(AuditAction.AMENDMENT_RECEIVED, changed > 0 ? "ALERTS_AMENDED" : "NO_ALERT_CHANGED")
                .withMessage(envelope.messageId(), queryId)
                .withCounterpart(sender)
                .withReason(
                        amendment.about().wire() + "_" + amendment.amendment().wire()));
    }
}
