package org.crossflag.gateway.quota;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Quota counts kept in memory and counted by the real {@link QuotaRule}, for decisions tested without a database. */
public final class InMemoryQuotaCounter {

    private final Map<String, QuotaRule.Count> counts = new HashMap<>();
    private final Clock clock;

    public InMemoryQuotaCounter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one use under {@code key}; false when it goes over the rule's limit in its window. */
    public synchronized boolean use(String key, QuotaRule rule) {
        QuotaRule.Count next = rule.next(counts.get(key), clock.instant());
        counts.put(key, next);
        return rule.allows(next);
    }

    /** Uses counted under {@code key} in its current window; 0 when none. */
    public synchronized int used(String key) {
        QuotaRule.Count count = counts.get(key);
        return count == null ? 0 : count.used();
    }
}
