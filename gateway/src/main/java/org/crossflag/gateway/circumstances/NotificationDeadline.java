package org.crossflag.gateway.circumstances;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The deadline of a notification: a change must be notified within the force's deadline days of taking effect (3
 * under the Domestic Abuse Act 2021 s.41). Notified later is possible non-compliance, shown on every alert; it is
 * never refused, because the police still need to know. A notification dated after today is refused.
 */
public final class NotificationDeadline {

    private final int days;
    private final Clock clock;
    private final ZoneId zone;

    /** @throws IllegalArgumentException unless days is between 1 and 30 */
    public NotificationDeadline(int days, Clock clock, ZoneId zone) {
        if (days < 1 || days > 30) {
            throw new IllegalArgumentException("notification deadline must be 1 to 30 days, got " + days);
        }
        this.days = days;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @param dueBy  the last day the change could be notified in time
     * @param missed notified after dueBy: possible non-compliance
     * @param daysLate how many days after dueBy (0 when in time)
     */
    public record Assessment(LocalDate dueBy, boolean missed, long daysLate) {}

    /** @throws CircumstanceChangeRefusedException DATE_INVALID when notifiedOn is after today */
    public Assessment assess(LocalDate changedOn, LocalDate notifiedOn) {
        if (notifiedOn.isAfter(today())) {
            throw new CircumstanceChangeRefusedException(
                    CircumstanceChangeRefusedException.DATE_INVALID, "notifiedOn", "cannot be after today");
        }
        LocalDate dueBy = changedOn.plusDays(days);
        long late = Math.max(0, ChronoUnit.DAYS.between(dueBy, notifiedOn));
        return new Assessment(dueBy, late > 0, late);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public int days() {
        return days;
    }
}
