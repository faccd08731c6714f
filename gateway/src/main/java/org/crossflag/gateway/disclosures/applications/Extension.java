package org.crossflag.gateway.disclosures.applications;

import java.time.Instant;
import java.util.Objects;

/**
 * Extra days on one application's deadline, for exceptional circumstances, with the officer's reason. Made by
 * {@link DisclosureClock#extend}, which checks the days and the reason; this record also holds extensions read back
 * from storage, so it checks only that nothing is missing.
 *
 * @param days      calendar days added to the deadline
 * @param reason    why, in the officer's words (free text: never logged)
 * @param officerId who extended it
 * @param at        when
 */
public record Extension(int days, String reason, String officerId, Instant at) {

    public Extension {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(at, "at");
    }
}
