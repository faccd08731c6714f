package org.crossflag.gateway.hearings.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.Forum;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.MemberKind;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.hearings.queries.HitPayloads;
import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * At the holding force: another force tells us a person our panel heard has been referred there. Only police
 * members create records, and only about a live hit we issued to them ({@link AlertAcceptance}); the hearing is the
 * one that hit named. Then our coordinator gets an alert.
 */
public final class CrossAreaAlertHandler implements InboundMessageHandler {

    private final DirectoryService directory;
    private final PolicyEnforcer policy;
    private final HearingRepository hearings;
    private final IssuedHitRepository issuedHits;
    private final AlertRaiser alerts;
    private final Quotas quotas;
    private final Clock clock;

    public CrossAreaAlertHandler(
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingRepository hearings,
            IssuedHitRepository issuedHits,
            AlertRaiser alerts,
            Quotas quotas,
            Clock clock) {
        this.directory = directory;
        this.policy = policy;
        this.hearings = hearings;
        this.issuedHits = issuedHits;
        this.alerts = alerts;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Override
    public MessageType messageType() {
        return MessageType.CROSS_AREA_ALERT;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope alert = message.envelope();
        try {
            quotas.usePeer(QuotaKind.PEER_ALERTS, alert.sender());
        } catch (QuotaExceededException e) {
            throw new RefusedMessageException(QuotaExceededException.REASON, e.getMessage());
        }
        boolean police = directory
                .requireCurrent()
                .member(alert.sender())
                .map(m -> m.kind() == MemberKind.POLICE)
                .orElse(false);
        if (!police) {
            throw new RefusedMessageException("NOT_A_POLICE_MEMBER", "only police members may raise cross-area alerts");
        }
        var decision = policy.decide(PolicyRequest.receiving(alert));
        if (!decision.allowed()) {
            throw new RefusedMessageException(
                    "POLICY_" + decision.reasonCode(), "no data-sharing agreement allows this alert");
        }
        JsonNode payload = alert.payload();
        Optional<IssuedHitRepository.IssuedHit> issued =
                issuedHits.find(payload.path("hitId").asText());
        Optional<HearingRepository.StoredHearing> hearing = issued.flatMap(hit -> hearings.hearing(hit.hearingId()));
        if (!AlertAcceptance.accepts(
                issued,
                hearing,
                alert.sender(),
                alert.correlationId(),
                Forum.valueOf(payload.path("heardForum").asText()),
                payload.path("heardReference").asText(),
                clock.instant())) {
            throw new RefusedMessageException(AlertAcceptance.REFUSAL_REASON, AlertAcceptance.REFUSAL_DETAIL);
        }
        JsonNode referral = payload.path("referral");
        List<LocalDate> heard = hearings.hearingsOf(hearing.get().personId()).stream()
                .map(HearingRepository.StoredHearing::heardOn)
                .toList();
        alerts.onReferredElsewhere(
                hearing.get(),
                heard,
                alert,
                new ReferralElsewhere(
                        payload.path("hitId").asText(),
                        payload.path("band").asText(),
                        Forum.valueOf(referral.path("forum").asText()),
                        HitPayloads.date(referral.path("referredOn").asText()),
                        referral.path("reference").asText(),
                        HitPayloads.contact(referral.path("contact"))));
    }
}
