package org.crossflag.gateway.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;

/**
 * This node's data-sharing agreements, as its policy file states them. Anything no agreement covers is refused:
 * deny by default. A decision names the agreement that allowed it, or the reason the closest one refused.
 */
public final class DataSharingPolicy {

    private final List<SharingAgreement> agreements;

    DataSharingPolicy(List<SharingAgreement> agreements) {
        this.agreements = List.copyOf(agreements);
    }

    /** The policy of a node without a policy file: every request is refused with NO_AGREEMENT. */
    public static DataSharingPolicy denyAll() {
        return new DataSharingPolicy(List.of());
    }

    public List<SharingAgreement> agreements() {
        return agreements;
    }

    /** May this exchange happen? Checks every agreement that covers the member, the type and the direction. */
    public PolicyDecision decide(SharingRequest request) {
        PolicyDecision closest = null;
        for (SharingAgreement agreement : agreements) {
            if (!agreement.covers(request.member(), request.messageType(), request.direction())) {
                continue;
            }
            Optional<String> refusal = agreement.refusal(request);
            if (refusal.isEmpty()) {
                return PolicyDecision.allow(agreement.id());
            }
            if (closest == null) {
                closest = PolicyDecision.deny(refusal.get(), agreement.id());
            }
        }
        return closest != null ? closest : PolicyDecision.deny(PolicyDecision.NO_AGREEMENT, null);
    }

    public enum Direction {
        SEND,
        RECEIVE
    }

    /** One exchange to decide on, on the given day. */
    public record SharingRequest(
            Direction direction,
            String member,
            MessageType messageType,
            Purpose purpose,
            RequesterRole role,
            ConsentState consentState,
            List<DataCategory> dataCategories,
            LocalDate today) {

        public SharingRequest {
            dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        }
    }
}
