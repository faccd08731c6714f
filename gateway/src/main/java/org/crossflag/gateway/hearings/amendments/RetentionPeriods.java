package org.crossflag.gateway.hearings.amendments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.crossflag.adapter.Forum;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.node.RetentionSettings;

/**
 * Which hearings are past their retention period: a hearing is kept for its forum's period from the day it was heard,
 * and is due for purging from the day after. Periods run from at least {@value #MIN_MONTHS} month to at most
 * {@value #MAX_YEARS} years; anything else stops the node naming the key.
 */
public final class RetentionPeriods {

    static final int MIN_MONTHS = 1;
    static final int MAX_YEARS = 100;

    private final Map<Forum, Period> periods = new EnumMap<>(Forum.class);
    private final Clock clock;

    public RetentionPeriods(RetentionSettings settings, Clock clock) {
        for (Forum forum : Forum.values()) {
            Period period = settings.of(forum);
            String key = "crossflag.retention." + forum.name().toLowerCase(Locale.ROOT);
            if (period == null) {
                throw new InvalidConfigurationException(key, "must be set");
            }
            if (period.isNegative() || lessThanAMonth(period) || moreThanMaxYears(period)) {
                throw new InvalidConfigurationException(
                        key, "must be at least " + MIN_MONTHS + " month and at most " + MAX_YEARS + " years");
            }
            periods.put(forum, period);
        }
        this.clock = clock;
    }

    /** Today, on this node's clock (UTC). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Hearings of the forum heard before this date are past retention today. */
    public LocalDate cutoff(Forum forum) {
        return today().minus(periods.get(forum));
    }

    /** Whether a hearing of the forum heard on the date is past retention today. */
    public boolean due(Forum forum, LocalDate heardOn) {
        return heardOn.isBefore(cutoff(forum));
    }

    public Period period(Forum forum) {
        return periods.get(forum);
    }

    /** Less than 28 days, counting a month as 30. */
    private static boolean lessThanAMonth(Period period) {
        return period.toTotalMonths() * 30 + period.getDays() < 28;
    }

    private static boolean moreThanMaxYears(Period period) {
        return period.toTotalMonths() > MAX_YEARS * 12L
                || period.toTotalMonths() * 31 + period.getDays() > MAX_YEARS * 372L;
    }
}
