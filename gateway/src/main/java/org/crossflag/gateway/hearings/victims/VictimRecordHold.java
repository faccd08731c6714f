package org.crossflag.gateway.hearings.victims;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crossflag.adapter.PersonRole;

/**
 * Why an alert is held for review although its band would open it: the referred person was recorded by another force
 * as a victim (perhaps a victim misidentified as the perpetrator), or a counter-allegation was recorded with the
 * referral itself. A coordinator checks before anyone acts on the alert.
 *
 * @param reason     why the alert is held
 * @param force      the force that recorded the person as a victim, or the referring force for a counter-allegation
 * @param recordedOn the date of that hearing, or of the referral
 */
public record VictimRecordHold(Reason reason, String force, LocalDate recordedOn) {

    public enum Reason {
        /** Another force recorded the person as a victim, or as both victim and perpetrator. */
        RECORDED_AS_VICTIM,
        /** The referral itself records a counter-allegation (the person's role is BOTH). */
        COUNTER_ALLEGATION
    }

    /** The referral's own hold first, then the earliest recorded; on a tie, the first in the list. */
    private static final Comparator<VictimRecordHold> FIRST = Comparator.comparing(
                    (VictimRecordHold hold) -> hold.reason() != Reason.COUNTER_ALLEGATION)
            .thenComparing(VictimRecordHold::recordedOn);

    public VictimRecordHold {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }

    /**
     * A hit with this role from another force: VICTIM or BOTH holds, PERPETRATOR does not. A hit without a role is
     * taken as the perpetrator's, as hits were before roles were recorded.
     */
    public static Optional<VictimRecordHold> forHit(PersonRole role, String force, LocalDate recordedOn) {
        if (role == null || !role.recordedAsVictim()) {
            return Optional.empty();
        }
        return Optional.of(new VictimRecordHold(Reason.RECORDED_AS_VICTIM, force, recordedOn));
    }

    /** The referral's own role: BOTH means a counter-allegation was recorded with it; any other role holds nothing. */
    public static Optional<VictimRecordHold> forReferral(PersonRole referralRole, String force, LocalDate referredOn) {
        if (referralRole != PersonRole.BOTH) {
            return Optional.empty();
        }
        return Optional.of(new VictimRecordHold(Reason.COUNTER_ALLEGATION, force, referredOn));
    }

    /** The first hold among these, the referral's own first, then the earliest recorded; empty when there is none. */
    public static Optional<VictimRecordHold> first(List<VictimRecordHold> holds) {
        if (holds == null) {
            return Optional.empty();
        }
        VictimRecordHold first = null;
        for (VictimRecordHold hold : holds) {
            if (hold != null && (first == null || FIRST.compare(hold, first) < 0)) {
                first = hold;
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * What the coordinator reads, e.g. "recorded as a victim by ESX on 2025-01-10: check before acting". Names the
     * force and the date, never a person.
     */
    public String line() {
        return switch (reason) {
            case RECORDED_AS_VICTIM ->
                "recorded as a victim by " + force + " on " + recordedOn + ": check before acting";
            case COUNTER_ALLEGATION ->
                "counter-allegation recorded with this referral on " + recordedOn + ": check before acting";
        };
    }
}
