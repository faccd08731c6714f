package org.crossflag.gateway.node;

import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Changes of circumstance under protection orders, under {@code crossflag.circumstances.*}. A person under a DAPO or
 * an SPO must notify a change within notification-deadline-days (3 under the Domestic Abuse Act 2021 s.41 and the
 * Stalking Protection Act 2019 s.9); a later notification is shown as possible non-compliance. Days are calendar
 * days in zone.
 */
public record CircumstancesSettings(
        @Min(1) @Max(30) @DefaultValue("3") int notificationDeadlineDays,
        @NotNull @DefaultValue("Europe/London") ZoneId zone) {}
