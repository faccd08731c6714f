package org.crossflag.gateway.hearings.records;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

/**
 * What a set of prior hearings means for a new referral, under this force's settings: a repeat when a hearing
 * lies within the repeat window before the referral (MARAC's repeat is 12 months), and an escalation when at
 * least {@code escalationCount} hearings lie within the escalation window ("3 in 12 months" in some areas,
 * "3 in 6 months" in others). The referral itself counts as one of them.
 */
public record RiskFlags(boolean repeat, boolean escalation) {

    public record Settings(Period repeatWindow, int escalationCount, Period escalationWindow) {}

    public static RiskFlags of(LocalDate referredOn, Collection<LocalDate> hearings, Settings settings) {
        LocalDate repeatFrom = referredOn.minus(settings.repeatWindow());
        LocalDate escalationFrom = referredOn.minus(settings.escalationWindow());
        boolean repeat = hearings.stream().anyMatch(heard -> !heard.isBefore(repeatFrom) && !heard.isAfter(referredOn));
        long inWindow = hearings.stream()
                .filter(heard -> !heard.isBefore(escalationFrom) && !heard.isAfter(referredOn))
                .count();
        return new RiskFlags(repeat, inWindow + 1 >= settings.escalationCount());
    }
}
