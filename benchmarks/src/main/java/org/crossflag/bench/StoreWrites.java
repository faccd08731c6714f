package org.crossflag.bench;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How often, and how much, the sending node's embedded H2 store wrote to its file. With WRITE_DELAY=0 every
 * commit is one store write, so writes per message is commits per message. On PostgreSQL there is no such
 * figure and {@link #read} returns null.
 */
record StoreWrites(long writes, long bytes) {

    static StoreWrites read(ApplicationContext node) {
        try {
            List<Map<String, Object>> rows = new JdbcTemplate(node.getBean(DataSource.class))
                    .queryForList("select setting_name, setting_value from information_schema.settings"
                            + " where setting_name in ('info.FILE_WRITE', 'info.FILE_WRITE_BYTES')");
            long writes = -1;
            long bytes = -1;
            for (Map<String, Object> row : rows) {
                long value = Long.parseLong(String.valueOf(row.get("setting_value")));
                if ("info.FILE_WRITE".equals(row.get("setting_name"))) {
                    writes = value;
                } else {
                    bytes = value;
                }
            }
            return writes < 0 || bytes < 0 ? null : new StoreWrites(writes, bytes);
        } catch (RuntimeException notH2) {
            return null;
        }
    }

    StoreWrites minus(StoreWrites earlier) {
        return new StoreWrites(writes - earlier.writes, bytes - earlier.bytes);
    }
}
