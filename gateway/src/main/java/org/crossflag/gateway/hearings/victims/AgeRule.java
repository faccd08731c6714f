package org.crossflag.gateway.hearings.victims;

import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.AbuseType;

/**
 * The Domestic Abuse Act 2021 s.1(2) needs both people aged 16 or over; stalking has no age limit. The flag tells a
 * coordinator that a hearing or referral concerns someone under 16 and so, unless it is stalking, falls outside the
 * Act's definition.
 *
 * @param subjectUnder16 the person heard or referred was, or may have been, under 16
 * @param victimUnder16  any victim was, or may have been, under 16
 * @param outsideTheAct  someone was under 16 and the abuse is not stalking
 */
public record AgeRule(boolean subjectUnder16, boolean victimUnder16, boolean outsideTheAct) {

    /**
     * The rule for these ages. A null type counts as domestic abuse; a null subject or victim list counts as not
     * known.
     */
    public static AgeRule of(AbuseType type, AgeAtHearing subject, List<AgeAtHearing> victims) {
        return of(
                type,
                subject != null && subject.underSixteen(),
                victims != null && victims.stream().anyMatch(victim -> victim != null && victim.underSixteen()));
    }

    /** The rule once the ages are known only as flags, as a hit carries them. */
    public static AgeRule of(AbuseType type, boolean subjectUnder16, boolean victimUnder16) {
        return new AgeRule(
                subjectUnder16, victimUnder16, (subjectUnder16 || victimUnder16) && type != AbuseType.STALKING);
    }

    /** The flag for coordinators, empty when nobody was under 16. Never a date of birth. */
    public Optional<String> line() {
        if (!subjectUnder16 && !victimUnder16) {
            return Optional.empty();
        }
        if (!outsideTheAct) {
            return Optional.of("under 16 at the time: stalking has no age limit");
        }
        return Optional.of("under 16 at the time: not domestic abuse under the Domestic Abuse Act 2021, which needs"
                + " both people aged 16 or over");
    }
}
