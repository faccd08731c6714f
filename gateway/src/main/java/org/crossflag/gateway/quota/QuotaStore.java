package org.crossflag.gateway.quota;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quota counters in the database, so every instance of a node sharing one database counts the same uses. A count
 * locks its counter row; the first count of a key inserts it, and throws DuplicateKeyException when another
 * instance inserted it at the same moment (the caller then counts again, in a new transaction).
 */
final class QuotaStore {

    private final JdbcTemplate jdbc;

    QuotaStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    QuotaRule.Count count(String key, QuotaRule rule, Instant now) {
        List<QuotaRule.Count> stored = jdbc.query(
                "select window_start, used from quota_counter where quota_key = ? for update",
                (rs, row) -> new QuotaRule.Count(rs.getTimestamp(1).toInstant(), rs.getInt(2)),
                key);
        QuotaRule.Count next = rule.next(stored.isEmpty() ? null : stored.get(0), now);
        if (stored.isEmpty()) {
            jdbc.update(
                    "insert into quota_counter (quota_key, window_start, used) values (?, ?, ?)",
                    key,
                    Timestamp.from(next.windowStart()),
                    next.used());
        } else {
            jdbc.update(
                    "update quota_counter set window_start = ?, used = ? where quota_key = ?",
                    Timestamp.from(next.windowStart()),
                    next.used(),
                    key);
        }
        return next;
    }
}
