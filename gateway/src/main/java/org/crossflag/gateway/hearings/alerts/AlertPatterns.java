package org.crossflag.gateway.hearings.alerts;

import java.time.LocalDate;
import java.time.Period;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.PersonRole;
import org.crossflag.gateway.hearings.victims.AgeRule;
import org.crossflag.gateway.hearings.victims.MappaCategoryThreePrompt;
import org.crossflag.gateway.hearings.victims.SerialCount;
import org.crossflag.gateway.hearings.victims.VictimRecordHold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an alert says beyond the hearing itself: the matched person's role and the abuse heard, whether someone was
 * under 16, the serial count across forces, why it is held for review, and the MAPPA Category 3 prompt. Counts and
 * codes only: never a victim.
 *
 * @param subjectRole   the matched person's role in the hearing, as the holding force reported it
 * @param serialVictims distinct victims within the serial window, when the person is serial; 0 otherwise
 * @param serialForces  the forces those victims were recorded by
 * @param serialWindow  the window the count used
 * @param hold          why the alert waits for review although its band would open it, or null
 */
public record AlertPatterns(
        PersonRole subjectRole,
        AbuseType abuseType,
        boolean subjectUnder16,
        boolean victimUnder16,
        int serialVictims,
        int serialForces,
        Period serialWindow,
        VictimRecordHold hold,
        boolean mappaPrompt) {

    public static final AlertPatterns NONE =
            new AlertPatterns(PersonRole.PERPETRATOR, null, false, false, 0, 0, null, null, false);

    public AlertPatterns {
        subjectRole = subjectRole == null ? PersonRole.PERPETRATOR : subjectRole;
    }

    /** The same, with the query's serial count and prompt as they stand now. */
    AlertPatterns counted(SerialCount count, boolean prompt) {
        return new AlertPatterns(
                subjectRole,
                abuseType,
                subjectUnder16,
                victimUnder16,
                count.serial() ? count.victims() : 0,
                count.serial() ? count.forces() : 0,
                count.settings().window(),
                hold,
                prompt);
    }

    /** The same, held for review for this reason. */
    AlertPatterns held(VictimRecordHold reason) {
        return new AlertPatterns(
                subjectRole,
                abuseType,
                subjectUnder16,
                victimUnder16,
                serialVictims,
                serialForces,
                serialWindow,
                reason,
                mappaPrompt);
    }

    /** "serial: 3 victims across 3 forces within 3 years", or null when the person is not serial. */
    @JsonProperty("serialLine")
    public String serialLine() {
        if (serialVictims == 0 || serialWindow == null) {
            return null;
        }
        return SerialCount.line(serialVictims, serialForces, serialWindow);
    }

    /** "recorded as a victim by GB-ESX on 2025-01-10: check before acting", or null. */
    @JsonProperty("holdLine")
    public String holdLine() {
        return hold == null ? null : hold.line();
    }

    @JsonProperty("mappaPromptLine")
    public String mappaPromptLine() {
        return mappaPrompt ? MappaCategoryThreePrompt.TEXT : null;
    }

    /** The age flag, or null when nobody was under 16. */
    @JsonProperty("ageLine")
    public String ageLine() {
        return AgeRule.of(abuseType, subjectUnder16, victimUnder16).line().orElse(null);
    }

    /** A hold's date, stored apart from its reason and force. */
    static VictimRecordHold hold(String reason, String force, LocalDate on) {
        return reason == null ? null : new VictimRecordHold(VictimRecordHold.Reason.valueOf(reason), force, on);
    }
}
