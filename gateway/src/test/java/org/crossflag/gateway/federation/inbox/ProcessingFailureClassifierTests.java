package org.crossflag.gateway.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.crossflag.gateway.federation.directory.DirectoryUnavailableException;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.crossflag.gateway.federation.inbox.ProcessingFailureClassifier.DataError;
import org.crossflag.gateway.federation.outbound.SendRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.fasterxml.jackson.databind.ObjectMapper;

class ProcessingFailureClassifierTests {

    private final ProcessingFailureClassifier classifier = new ProcessingFailureClassifier();

    @Test
    void aValueTooLongForItsColumnIsADataError() {
        SQLException tooLong = new SQLException("value too long for column", "22001");
        assertThat(classifier.dataError(new DataIntegrityViolationException("insert", tooLong)))
                .contains(DataError.VALUE_TOO_LONG);
        assertThat(classifier.dataError(tooLong)).contains(DataError.VALUE_TOO_LONG);
    }

    @Test
    void otherDataAndConstraintErrorsAreDataErrors() {
        assertThat(classifier.dataError(
                        new DataIntegrityViolationException("x", new SQLException("bad date", "22007"))))
                .contains(DataError.VALUE_NOT_ACCEPTED);
        assertThat(classifier.dataError(new DuplicateKeyException("x", new SQLException("duplicate", "23505"))))
                .contains(DataError.CONFLICTS_WITH_STORED_DATA);
        assertThat(classifier.dataError(new DataIntegrityViolationException("no SQL state")))
                .contains(DataError.CONFLICTS_WITH_STORED_DATA);
        assertThat(classifier.dataError(
                        new UncategorizedSQLException("x", "update", new SQLException("check", "23514"))))
                .contains(DataError.CONFLICTS_WITH_STORED_DATA);
    }

    @Test
    void anUnreadablePayloadFieldIsADataError() {
        Exception badDate = catchOf(() -> LocalDate.parse("2026-13-45"));
        Exception badUuid = catchOf(() -> UUID.fromString("not-a-uuid"));
        Exception badJson = catchOf(() -> {
            try {
                new ObjectMapper().readTree("{");
            } catch (Exception e) {
                throw new IllegalStateException("wrapped", e);
            }
        });
        assertThat(badDate).isInstanceOf(DateTimeParseException.class);
        assertThat(classifier.dataError(badDate)).contains(DataError.PAYLOAD_FIELD_UNREADABLE);
        assertThat(classifier.dataError(badUuid)).contains(DataError.PAYLOAD_FIELD_UNREADABLE);
        assertThat(classifier.dataError(badJson)).contains(DataError.PAYLOAD_FIELD_UNREADABLE);
    }

    @Test
    void anAnswerThatCannotBeSentIsADataError() {
        assertThat(classifier.dataError(new SendRefusedException("outbound schema check failed")))
                .contains(DataError.ANSWER_NOT_SENDABLE);
    }

    @Test
    void anythingUnrecognisedIsRefusedRatherThanRetried() {
        assertThat(classifier.dataError(new NullPointerException())).contains(DataError.MESSAGE_NOT_PROCESSABLE);
        assertThat(classifier.dataError(new IllegalStateException("odd"))).contains(DataError.MESSAGE_NOT_PROCESSABLE);
        assertThat(classifier.dataError(
                        new UncategorizedSQLException("x", "select", new SQLException("syntax", "42601"))))
                .contains(DataError.MESSAGE_NOT_PROCESSABLE);
    }

    @Test
    void theDatabaseAwayOrBusyIsRetried() {
        assertThat(classifier.dataError(
                        new CannotGetJdbcConnectionException("down", new SQLException("refused", "08001"))))
                .isEmpty();
        assertThat(classifier.dataError(new CannotCreateTransactionException("no connection")))
                .isEmpty();
        assertThat(classifier.dataError(new CannotAcquireLockException("lock timeout")))
                .isEmpty();
        assertThat(classifier.dataError(new QueryTimeoutException("slow"))).isEmpty();
        assertThat(classifier.dataError(new SQLTransientConnectionException("pool timeout")))
                .isEmpty();
        assertThat(classifier.dataError(new UncategorizedSQLException(
                        "x",
                        "insert",
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isEmpty();
        assertThat(classifier.dataError(new UncheckedIOException(new ConnectException("refused"))))
                .isEmpty();
    }

    @Test
    void thisNodesOwnStandingInTheFederationIsRetried() {
        assertThat(classifier.dataError(new MessageRejectedException(RejectionReason.DIRECTORY_EXPIRED, "expired")))
                .isEmpty();
        assertThat(classifier.dataError(new DirectoryUnavailableException(
                        DirectoryUnavailableException.Reason.DIRECTORY_EXPIRED, "expired")))
                .isEmpty();
        assertThat(classifier.dataError(new DirectoryUnavailableException(
                        DirectoryUnavailableException.Reason.CERTIFICATE_REVOCATION_UNKNOWN, "stale CRL")))
                .isEmpty();
    }

    @Test
    void theOutermostKnownCauseDecides() {
        // A connection lost while a constraint was checked: the connection decides.
        assertThat(classifier.dataError(new CannotGetJdbcConnectionException(
                        "lost", new SQLException("lost", "08006", new SQLException("dup", "23505")))))
                .isEmpty();
        // A data error reported inside a wrapper that names no cause of its own.
        assertThat(classifier.dataError(new RuntimeException(
                        "handler", new DataIntegrityViolationException("x", new SQLException("too long", "22001")))))
                .contains(DataError.VALUE_TOO_LONG);
    }

    private static Exception catchOf(Runnable action) {
        try {
            action.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("no exception");
    }
}
