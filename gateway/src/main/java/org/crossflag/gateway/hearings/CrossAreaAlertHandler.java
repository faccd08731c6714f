package org.crossflag.gateway.hearings;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.Forum;
import org.crossflag.gateway.federation.Envelope;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.MemberKind;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.policy.DataSharingPolicy;
import org.crossflag.gateway.policy.PolicyEnforcer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * At the holding force: another force tells us a person our panel heard has been referred there. Only police
 * members create records; the hearing must be ours; then our coordinator gets an alert.
 */
final class CrossAreaAlertHandler implements InboundMessageHandler {

    private final DirectoryService directory;
    private final PolicyEnforcer policy;
    private final HearingRepository hearings;
    private final AlertRaiser alerts;

    CrossAreaAlertHandler(DirectoryService directory, PolicyEnforcer policy, HearingRepository hearings, AlertRaiser alerts) {
        this.directory = directory;
        this.policy = policy;
        this.hearings = hearings;
        this.alerts = alerts;
    }

    @Override
    public String messageType() {
        return "CrossAreaAlert";
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope alert = message.envelope();
        boolean police = directory.requireCurrent().member(alert.sender()).map(m -> m.kind() == MemberKind.POLICE).orElse(false);
        if (!police) {
            throw new RefusedMessageException("NOT_A_POLICE_MEMBER", "only police members may raise cross-area alerts");
        }
        var decision = policy.decide(DataSharingPolicy.Direction.RECEIVE, alert.sender(), alert.type(), alert.purpose(),
                alert.requester().officerId(), alert.requester().role(), alert.consent().state(), alert.dataCategories(),
                alert.correlationId());
        if (!decision.allowed()) {
            throw new RefusedMessageException("POLICY_" + decision.reasonCode(), "no data-sharing agreement allows this alert");
        }
        JsonNode payload = alert.payload();
        HearingRepository.StoredHearing hearing = hearings.hearingByReference(Forum.valueOf(payload.path("heardForum").asText()),
                payload.path("heardReference").asText()).orElseThrow(() ->
                new RefusedMessageException("UNKNOWN_REFERENCE", "this node holds no hearing with that forum and reference"));
        JsonNode referral = payload.path("referral");
        List<LocalDate> heard = hearings.hearingsOf(hearing.personId()).stream()
                .map(HearingRepository.StoredHearing::heardOn).toList();
        alerts.onReferredElsewhere(hearing, heard, alert, new AlertRaiser.ReferralElsewhere(payload.path("hitId").asText(),
                payload.path("band").asText(), Forum.valueOf(referral.path("forum").asText()),
                HitPayloads.date(referral.path("referredOn").asText()), referral.path("reference").asText(),
                HitPayloads.contact(referral.path("contact"))));
    }
}
