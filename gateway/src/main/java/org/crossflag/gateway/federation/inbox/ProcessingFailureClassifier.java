package org.crossflag.gateway.federation.inbox;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.Set;

import org.crossflag.gateway.federation.directory.DirectoryUnavailableException;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.outbound.SendRefusedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

import com.fasterxml.jackson.core.JacksonException;

/**
 * Decides whether a handler's failure lies in the message or around the node. A fault around the node (the
 * database away, a lock or connection timeout, this node's directory expired) is retried: the same message will
 * go through once it passes. Anything else lies in the message (a value too long for its column, a constraint it
 * breaks, a field that cannot be read, an answer that cannot be sent): retrying cannot help and would hold up its
 * correlation, so the sender is refused at once with the reason code. The causes are read outermost first, so
 * Spring's translation of an SQL error decides before the driver's own exception.
 */
final class ProcessingFailureClassifier {

    /** Why a message was refused for its content; the codes travel in the Refusal and the metrics. */
    enum DataError {
        VALUE_TOO_LONG,
        VALUE_NOT_ACCEPTED,
        CONFLICTS_WITH_STORED_DATA,
        PAYLOAD_FIELD_UNREADABLE,
        ANSWER_NOT_SENDABLE,
        MESSAGE_NOT_PROCESSABLE
    }

    /** SQLSTATE classes of faults around the database: connection, rollback, resources, operator, system. */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57", "58", "HY");

    /** Empty for a fault around the node, to be retried; otherwise the data error to refuse the message with. */
    Optional<DataError> dataError(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (isTransient(cause)) {
                return Optional.empty();
            }
            Optional<DataError> error = dataErrorOf(cause);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.of(DataError.MESSAGE_NOT_PROCESSABLE);
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof TransientDataAccessException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransactionException
                || cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof MessageRejectedException || cause instanceof DirectoryUnavailableException) {
            return true; // this node's own standing (directory, revocation list), which its next refresh may mend
        }
        if (cause instanceof IOException && !(cause instanceof JacksonException)) {
            return true;
        }
        return cause instanceof SQLException sql
                && sqlClass(sql).map(TRANSIENT_SQL_CLASSES::contains).orElse(false);
    }

    private static Optional<DataError> dataErrorOf(Throwable cause) {
        if (cause instanceof DataIntegrityViolationException integrity) {
            return Optional.of(sqlError(integrity).orElse(DataError.CONFLICTS_WITH_STORED_DATA));
        }
        if (cause instanceof SQLException sql) {
            return sqlError(sql);
        }
        if (cause instanceof JacksonException
                || cause instanceof DateTimeException
                || cause instanceof IllegalArgumentException) {
            return Optional.of(DataError.PAYLOAD_FIELD_UNREADABLE);
        }
        if (cause instanceof SendRefusedException) {
            return Optional.of(DataError.ANSWER_NOT_SENDABLE);
        }
        return Optional.empty();
    }

    /** The data error an SQL failure in the chain names: class 22 is data, 22001 a value too long, class 23 a constraint. */
    private static Optional<DataError> sqlError(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("22001")) {
                    return Optional.of(DataError.VALUE_TOO_LONG);
                }
                if (state.startsWith("22")) {
                    return Optional.of(DataError.VALUE_NOT_ACCEPTED);
                }
                if (state.startsWith("23")) {
                    return Optional.of(DataError.CONFLICTS_WITH_STORED_DATA);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sqlClass(SQLException sql) {
        String state = sql.getSQLState();
        return state == null || state.length() < 2 ? Optional.empty() : Optional.of(state.substring(0, 2));
    }
}
