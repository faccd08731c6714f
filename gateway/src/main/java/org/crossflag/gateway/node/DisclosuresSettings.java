package org.crossflag.gateway.node;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * DVDS applications. One is decided within deadline-days of receipt (28 under the statutory guidance); the
 * officer is reminded on each of reminder-days and told of a breach on the deadline day, counting days in zone.
 * Step 1 waits check-timeout for every force's hit or no hit; a hit may be quoted in a disclosure request for
 * hit-lifetime. Reminders, breaches and overdue checks are swept every sweep-interval.
 */
public record DisclosuresSettings(
        @Min(1) @Max(365) @DefaultValue("28") int deadlineDays,
        @NotNull @DefaultValue({"14", "21"}) List<@NotNull @Min(1) Integer> reminderDays,

        @NotNull @DurationMin(seconds = 1) @DefaultValue("PT2M")
        Duration checkTimeout,

        @NotNull @DurationMin(hours = 1) @DefaultValue("P60D")
        Duration hitLifetime,

        @NotNull @DurationMin(millis = 10) @DefaultValue("PT1M")
        Duration sweepInterval,

        @NotNull @DefaultValue("Europe/London") ZoneId zone) {}
