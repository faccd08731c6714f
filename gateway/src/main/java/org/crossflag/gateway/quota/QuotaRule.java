package org.crossflag.gateway.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * At most {@code limit} uses in a window of {@code window}, counted from the first use of the window. A use after
 * the window has ended starts a new one. Uses beyond the limit are counted too, so the first refusal of a window
 * can be told from the rest (it alone is audited).
 */
public record QuotaRule(int limit, Duration window) {

    public QuotaRule {
        if (limit < 1) {
            throw new IllegalArgumentException("a quota limit must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a quota window must be positive");
        }
    }

    /** The count after one more use at {@code now}; {@code current} is null when nothing was counted yet. */
    Count next(Count current, Instant now) {
        if (current == null
                || !now.isBefore(current.windowStart().plus(window))
                || now.isBefore(current.windowStart())) {
            return new Count(now, 1);
        }
        return new Count(
                current.windowStart(), current.used() == Integer.MAX_VALUE ? current.used() : current.used() + 1);
    }

    boolean allows(Count count) {
        return count.used() <= limit;
    }

    /** True for the one use that first went over the limit in its window. */
    boolean firstRefusal(Count count) {
        return count.used() == limit + 1;
    }

    /** Uses counted since {@code windowStart}. */
    record Count(Instant windowStart, int used) {}
}
