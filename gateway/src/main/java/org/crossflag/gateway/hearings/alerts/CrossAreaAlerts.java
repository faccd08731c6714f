package org.crossflag.gateway.hearings.alerts;

import java.util.List;

import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.envelope.ServiceRequester;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.hearings.queries.HitPayloads;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;

/**
 * Tells the holding force that a person its panel heard has been referred here: a signed CrossAreaAlert,
 * queued in the caller's transaction, when this node's policy allows it (the decision is audited either way).
 */
public final class CrossAreaAlerts {

    static final List<DataCategory> ALERT_CATEGORIES = List.of(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS);

    private final NodeIdentity node;
    private final Outbox outbox;
    private final PolicyEnforcer policy;

    public CrossAreaAlerts(NodeIdentity node, Outbox outbox, PolicyEnforcer policy) {
        this.node = node;
        this.outbox = outbox;
        this.policy = policy;
    }

    /** @return false when the policy refused it: the local alert stands, the refusal is in the audit trail */
    boolean send(
            String queryId,
            HearingRepository.StoredReferral referral,
            Hit hit,
            Purpose purpose,
            LegalBasis legalBasis,
            Envelope.Consent consent) {
        Envelope.Requester requester = ServiceRequester.of(node);
        OutgoingMessage alert = new OutgoingMessage(
                MessageType.CROSS_AREA_ALERT,
                hit.holder(),
                queryId,
                purpose,
                legalBasis,
                requester,
                consent,
                ALERT_CATEGORIES,
                HitPayloads.crossAreaAlert(hit, referral));
        boolean allowed = policy.decide(PolicyRequest.sending(alert)).allowed();
        if (allowed) {
            outbox.queue(alert);
        }
        return allowed;
    }
}
