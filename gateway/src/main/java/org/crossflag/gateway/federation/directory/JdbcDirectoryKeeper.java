package org.crossflag.gateway.federation.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newest verified directory in the node's database. The sequence only ever rises (a conditional update),
 * so instances sharing one database cannot lower it whatever order they refresh in.
 */
final class JdbcDirectoryKeeper implements DirectoryKeeper {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcDirectoryKeeper(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Kept> newest() {
        List<Kept> rows = jdbc.query(
                "select directory_sequence, document, signature from directory_high_water "
                        + "where id = 1 and document is not null",
                (rs, n) -> new Kept(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
        return rows.stream().findFirst();
    }

    @Override
    public long newestSequence() {
        Long sequence =
                jdbc.queryForObject("select directory_sequence from directory_high_water where id = 1", Long.class);
        return sequence == null ? 0 : sequence;
    }

    @Override
    public void keep(long sequence, byte[] document, byte[] signature) {
        jdbc.update(
                "update directory_high_water set directory_sequence = ?, document = ?, signature = ?, updated_at = ? "
                        + "where id = 1 and directory_sequence < ?",
                sequence,
                document,
                signature,
                Timestamp.from(clock.instant()),
                sequence);
    }
}
