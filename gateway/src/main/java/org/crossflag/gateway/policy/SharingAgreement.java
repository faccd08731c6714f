package org.crossflag.gateway.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;

/**
 * One data-sharing agreement: with which members ("*" for every member), for which message types, in which
 * directions, for which purposes and data categories, from which requester roles, under which consent states,
 * and until when.
 */
public record SharingAgreement(
        String id,
        Set<String> members,
        Set<MessageType> messageTypes,
        Set<DataSharingPolicy.Direction> directions,
        Set<Purpose> purposes,
        Set<DataCategory> dataCategories,
        Set<RequesterRole> roles,
        Set<ConsentState> consentStates,
        LocalDate validUntil) {

    public static final String ANY_MEMBER = "*";

    public SharingAgreement {
        members = Set.copyOf(members);
        messageTypes = Set.copyOf(messageTypes);
        directions = Set.copyOf(directions);
        purposes = Set.copyOf(purposes);
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

    /** Why this agreement refuses the request, checked in a fixed order; empty when it allows it. */
    Optional<String> refusal(DataSharingPolicy.SharingRequest request) {
        if (!inForceOn(request.today())) {
            return Optional.of("AGREEMENT_EXPIRED");
        }
        if (!purposes.contains(request.purpose())) {
            return Optional.of("PURPOSE_NOT_AGREED");
        }
        if (!roles.contains(request.role())) {
            return Optional.of("ROLE_NOT_AGREED");
        }
        if (!consentStates.contains(request.consentState())) {
            return Optional.of("CONSENT_STATE_NOT_AGREED");
        }
        List<DataCategory> asked = request.dataCategories();
        if (!dataCategories.containsAll(asked)) {
            return Optional.of("DATA_CATEGORY_NOT_AGREED");
        }
        return Optional.empty();
    }
}
