package org.crossflag.gateway.disclosures.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 28-day clock of a disclosure application. Days are calendar days in the force's zone (Europe/London unless
 * told otherwise), counted from the day of receipt: the deadline is day {@code deadlineDays} plus every extension's
 * days, and the breach is due on that day itself, not the day after. Reminder days count from receipt and do not
 * move with extensions.
 */
public final class DisclosureClock {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");
    public static final int MIN_REASON_LENGTH = 10;
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_EXTENSION_DAYS = 90;

    private final ClockSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    public DisclosureClock(ClockSettings settings, Clock clock, ZoneId zone) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public DisclosureClock(ClockSettings settings, Clock clock) {
        this(settings, clock, DEFAULT_ZONE);
    }

    public ClockSettings settings() {
        return settings;
    }

    /** Today in the force's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The day a decision is due: receipt, plus the deadline days, plus every extension. */
    public LocalDate deadline(LocalDate receivedOn, List<Extension> extensions) {
        long extra = extensions.stream().mapToLong(Extension::days).sum();
        return receivedOn.plusDays(settings.deadlineDays() + extra);
    }

    /** Days from today to the deadline: 0 on the deadline day, negative after it. */
    public long daysLeft(LocalDate receivedOn, List<Extension> extensions) {
        return ChronoUnit.DAYS.between(today(), deadline(receivedOn, extensions));
    }

    /** Whether the deadline day has come (the deadline day counts) whatever has been decided. */
    public boolean deadlineReached(LocalDate receivedOn, List<Extension> extensions) {
        return daysLeft(receivedOn, extensions) <= 0;
    }

    /**
     * An extension granted now by {@code officerId}, with the reason stripped of surrounding blanks.
     *
     * @throws ExtensionRefusedException EXTENSION_DAYS_INVALID (field {@code days}) unless 1 to
     *                                   {@value #MAX_EXTENSION_DAYS}; EXTENSION_REASON_REQUIRED (field {@code reason})
     *                                   unless the reason has {@value #MIN_REASON_LENGTH} to
     *                                   {@value #MAX_REASON_LENGTH} characters
     */
    public Extension extend(int days, String reason, String officerId) {
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new ExtensionRefusedException(
                    ExtensionRefusedException.DAYS_INVALID,
                    "days",
                    "days must be from 1 to " + MAX_EXTENSION_DAYS + ", not " + days);
        }
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.length() < MIN_REASON_LENGTH || stripped.length() > MAX_REASON_LENGTH) {
            throw new ExtensionRefusedException(
                    ExtensionRefusedException.REASON_REQUIRED,
                    "reason",
                    "reason is required: an extension needs the exceptional circumstances in " + MIN_REASON_LENGTH
                            + " to " + MAX_REASON_LENGTH + " characters");
        }
        return new Extension(days, stripped, Objects.requireNonNull(officerId, "officerId"), clock.instant());
    }

    /**
     * The notices due today and not yet sent: each reminder whose day has come, in day order, then the breach once
     * the deadline day has come. Nothing once the application is decided. A sweep that runs late gets every notice
     * it missed at once.
     */
    public List<ClockEvent> due(ClockState state) {
        if (state.decided()) {
            return List.of();
        }
        long day = ChronoUnit.DAYS.between(state.receivedOn(), today());
        List<ClockEvent> events = new ArrayList<>();
        for (int reminderDay : settings.reminderDays()) {
            if (reminderDay <= day && !state.remindersSent().contains(reminderDay)) {
                events.add(ClockEvent.reminder(reminderDay));
            }
        }
        if (!state.breachSent() && deadlineReached(state.receivedOn(), state.extensions())) {
            events.add(ClockEvent.breach());
        }
        return List.copyOf(events);
    }
}
