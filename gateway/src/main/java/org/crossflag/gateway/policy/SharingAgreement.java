package org.crossflag.gateway.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.quota.QuotaRule;

/**
 * One data-sharing agreement: with which members ("*" for every member; groups are already expanded), for which
 * message types, in which directions, for which purposes, under which legal bases, for which data categories, from
 * which requester roles, under which consent states (and whether an overridden refusal must be justified), how
 * often one requester may ask, and until when.
 *
 * @param rateLimit at most so many requests per requester and member in a window; null for no limit
 */
public record SharingAgreement(
        String id,
        Set<String> members,
        Set<MessageType> messageTypes,
        Set<DataSharingPolicy.Direction> directions,
        Set<Purpose> purposes,
        Set<LegalBasis> legalBases,
        Set<DataCategory> dataCategories,
        Set<RequesterRole> roles,
        Set<ConsentState> consentStates,
        boolean overrideNeedsJustification,
        QuotaRule rateLimit,
        LocalDate validUntil) {

    public static final String ANY_MEMBER = "*";

    public SharingAgreement {
        members = Set.copyOf(members);
        messageTypes = Set.copyOf(messageTypes);
        directions = Set.copyOf(directions);
        purposes = Set.copyOf(purposes);
        legalBases = Set.copyOf(legalBases);
        dataCategories = Set.copyOf(dataCategories);
        roles = Set.copyOf(roles);
        consentStates = Set.copyOf(consentStates);
    }

    boolean covers(String member, MessageType messageType, DataSharingPolicy.Direction direction) {
        return (members.contains(ANY_MEMBER) || members.contains(member))
                && messageTypes.contains(messageType)
                && directions.contains(direction);
    }

    boolean inForceOn(LocalDate today) {
        return validUntil == null || !today.isAfter(validUntil);
    }

    /** Why this agreement refuses the request, checked in a fixed order; empty when its terms allow it. */
    Optional<PolicyReason> refusal(DataSharingPolicy.SharingRequest request) {
        if (!inForceOn(request.today())) {
            return Optional.of(PolicyReason.AGREEMENT_EXPIRED);
        }
        if (!purposes.contains(request.purpose())) {
            return Optional.of(PolicyReason.PURPOSE_NOT_AGREED);
        }
        if (!legalBases.contains(request.legalBasis())) {
            return Optional.of(PolicyReason.LEGAL_BASIS_NOT_AGREED);
        }
        if (!roles.contains(request.role())) {
            return Optional.of(PolicyReason.ROLE_NOT_AGREED);
        }
        if (!consentStates.contains(request.consentState())) {
            return Optional.of(PolicyReason.CONSENT_STATE_NOT_AGREED);
        }
        if (request.consentState() == ConsentState.REFUSED_OVERRIDDEN
                && overrideNeedsJustification
                && !request.consentJustified()) {
            return Optional.of(PolicyReason.CONSENT_OVERRIDE_UNJUSTIFIED);
        }
        List<DataCategory> asked = request.dataCategories();
        if (!dataCategories.containsAll(asked)) {
            return Optional.of(PolicyReason.DATA_CATEGORY_NOT_AGREED);
        }
        return Optional.empty();
    }
}
