package org.crossflag.gateway.circumstances;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.hearings.alerts.AlertRaiser;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;

/**
 * Another force's CircumstanceChange: a person under a DAPO or SPO moved into this force's area, or this force holds
 * the order. Charges the peer's quota, asks the policy, checks this force's hearing index with the blinded encoding
 * (as a prior-hearing query is answered), and raises an alert for an officer's review saying what changed, the order,
 * whether this force's panels know the person and whether the notification was late.
 */
public final class CircumstanceChangeHandler implements InboundMessageHandler {

    private final PolicyEnforcer policy;
    private final PanelCheck panels;
    private final AlertRaiser alerts;
    private final Quotas quotas;
    private final AuditTrail audit;

    CircumstanceChangeHandler(
            PolicyEnforcer policy, PanelCheck panels, AlertRaiser alerts, Quotas quotas, AuditTrail audit) {
        this.policy = policy;
        this.panels = panels;
        this.alerts = alerts;
        this.quotas = quotas;
        this.audit = audit;
    }

    @Override
    public MessageType messageType() {
        return MessageType.CIRCUMSTANCE_CHANGE;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope change = message.envelope();
        try {
            quotas.usePeer(QuotaKind.PEER_CIRCUMSTANCE_CHANGES, change.sender());
        } catch (QuotaExceededException e) {
            throw new RefusedMessageException(QuotaExceededException.REASON, e.getMessage());
        }
        var decision = policy.decide(PolicyRequest.receiving(change));
        if (!decision.allowed()) {
            throw new RefusedMessageException(
                    "POLICY_" + decision.reasonCode(), "no data-sharing agreement allows this change of circumstance");
        }
        CircumstancePayloads.Change read = CircumstancePayloads.read(change.payload());
        PanelCheck.Result known = panels.check(change.payload().get("encoding"));
        alerts.onCircumstanceChange(
                change.sender(), known.band(), read.contact(), read.notice(change.correlationId(), known.knowledge()));
        audit.record(AuditEvent.of(
                        AuditAction.CIRCUMSTANCE_CHANGE_RECEIVED,
                        known.knowledge().name())
                .withMessage(change.messageId(), change.correlationId())
                .withCounterpart(change.sender())
                .withActor(
                        change.requester().officerId(),
                        change.requester().role().wire())
                .withPurpose(change.purpose().wire())
                .withReason(read.changeKind().wire()));
    }
}
