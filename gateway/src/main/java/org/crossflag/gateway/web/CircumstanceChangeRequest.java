package org.crossflag.gateway.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.FieldRules;
import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.ProtectionOrderType;

/**
 * A change of circumstance as an officer enters it: the notification's reference, what changed, the order (and the
 * force holding it when another force does), the dates, the person under the order (with the new name or address),
 * the new partner or the destination's postcode where that is the change, and the offender manager to call.
 */
record CircumstanceChangeRequest(
        @NotBlank @Size(max = FieldRules.REFERENCE_MAX_LENGTH)
        String reference,

        @NotNull CircumstanceChangeKind kind,
        @NotNull ProtectionOrderType orderType,

        @NotBlank @Size(max = FieldRules.REFERENCE_MAX_LENGTH)
        String orderReference,

        @Size(max = FieldRules.MEMBER_CODE_MAX_LENGTH) String orderHeldBy,
        @NotNull LocalDate changedOn,
        @NotNull LocalDate notifiedOn,
        @NotNull @Valid ApiRequests.Person subject,
        @Valid ApiRequests.Person newPartner,
        @Size(max = 10) String travelPostcode,
        @NotNull @Valid ApiRequests.ContactBody offenderManager) {

    LocalCircumstanceChange toChange() {
        return new LocalCircumstanceChange(
                reference,
                kind,
                orderType,
                orderReference,
                ApiRequests.blankToNull(orderHeldBy),
                changedOn,
                notifiedOn,
                subject.toLocal(),
                newPartner == null ? null : newPartner.toLocal(),
                ApiRequests.blankToNull(travelPostcode),
                offenderManager.toContact());
    }
}
