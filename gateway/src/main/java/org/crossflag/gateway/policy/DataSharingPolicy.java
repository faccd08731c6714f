package org.crossflag.gateway.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;

/**
 * This node's data-sharing agreements, as its policy file states them. Anything no agreement covers is refused:
 * deny by default. A decision names the agreement that allowed it, or the reason the closest one refused. Rate
 * limits need a counter, so {@link PolicyRules} applies them after this decision on the agreement's terms.
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

    public Optional<SharingAgreement> agreement(String id) {
        return agreements.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * May this exchange happen on the agreements' terms? A request without a legal basis or a consent state is
     * refused before any agreement is read. Otherwise every agreement that covers the member, the type and the
     * direction is checked, in the file's order; the first whose terms allow it decides.
     */
    public PolicyDecision decide(SharingRequest request) {
        if (request.legalBasis() == null) {
            return PolicyDecision.deny(PolicyReason.LEGAL_BASIS_MISSING, null);
        }
        if (request.consentState() == null) {
            return PolicyDecision.deny(PolicyReason.CONSENT_STATE_MISSING, null);
        }
        PolicyDecision closest = null;
        for (SharingAgreement agreement : agreements) {
            if (!agreement.covers(request.member(), request.messageType(), request.direction())) {
                continue;
            }
            Optional<PolicyReason> refusal = agreement.refusal(request);
            if (refusal.isEmpty()) {
                return PolicyDecision.allow(agreement.id());
            }
            if (closest == null) {
                closest = PolicyDecision.deny(refusal.get(), agreement.id());
            }
        }
        return closest != null ? closest : PolicyDecision.deny(PolicyReason.NO_AGREEMENT, null);
    }

    public enum Direction {
        SEND,
        RECEIVE
    }

    /**
     * One exchange to decide on, on the given day.
     *
     * @param consentJustified whether a non-blank consent justification travels with it
     */
    public record SharingRequest(
            Direction direction,
            String member,
            MessageType messageType,
            Purpose purpose,
            LegalBasis legalBasis,
            RequesterRole role,
            ConsentState consentState,
            boolean consentJustified,
            List<DataCategory> dataCategories,
            LocalDate today) {

        public SharingRequest {
            dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        }
    }
}
