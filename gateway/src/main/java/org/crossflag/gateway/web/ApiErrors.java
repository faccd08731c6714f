package org.crossflag.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.disclosures.applications.ApplicationStateException;
import org.crossflag.gateway.disclosures.records.PersonRecordRejectedException;
import org.crossflag.gateway.hearings.alerts.Alerts;
import org.crossflag.gateway.node.CodedException;
import org.crossflag.gateway.node.RefusedRequestException;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Known failures of the officers' API as clear answers: {@code {"reasonCode":CODE,"message":...,"field":PATH}}, the
 * field present when one field is at fault. The first shape's keys ({@code status}, {@code reason}, {@code detail})
 * are kept beside them, with the same values, for clients written against it. Messages name fields, never the values
 * sent (they may be personal data), and so do the log lines.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    /** A value that cannot be read as its field's type: an impossible date, an unknown code, text for a number. */
    static final String FIELD_INVALID = "FIELD_INVALID";

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors();
        String detail = errors.stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        SortedSet<String> fields =
                errors.stream().map(FieldError::getField).collect(Collectors.toCollection(TreeSet::new));
        return answer(HttpStatus.BAD_REQUEST, "REQUEST_INVALID", detail, fields.size() == 1 ? fields.first() : null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return FieldAtFault.of(e)
                .map(field -> answer(HttpStatus.BAD_REQUEST, FIELD_INVALID, field.message(), field.path()))
                .orElseGet(() -> answer(
                        HttpStatus.BAD_REQUEST, "REQUEST_UNREADABLE", "the body is not the JSON this call takes"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "send application/json");
    }

    /** DVDS and other requests refused with a kind: invalid (naming the field), not found, conflict, not allowed. */
    @ExceptionHandler(RefusedRequestException.class)
    ResponseEntity<Map<String, String>> refused(RefusedRequestException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
        };
        return answer(status, e.reasonCode(), e.getMessage(), e.field());
    }

    @ExceptionHandler(ApplicationStateException.class)
    ResponseEntity<Map<String, String>> applicationState(ApplicationStateException e) {
        return answer(HttpStatus.CONFLICT, e.reasonCode(), e.getMessage());
    }

    /** A person record refused at the API, naming its field. */
    @ExceptionHandler(PersonRecordRejectedException.class)
    ResponseEntity<Map<String, String>> personRecord(PersonRecordRejectedException e) {
        return answer(HttpStatus.BAD_REQUEST, e.reasonCode(), e.getMessage(), e.field());
    }

    @ExceptionHandler(RejectedRecordException.class)
    ResponseEntity<Map<String, String>> rejected(RejectedRecordException e) {
        return answer(HttpStatus.UNPROCESSABLE_ENTITY, e.reasonCode(), e.getMessage(), e.field());
    }

    /** The force's own records system could not say what it holds: try again once it answers. */
    @ExceptionHandler(LocalRecordsUnavailableException.class)
    ResponseEntity<Map<String, String>> localRecordsUnavailable(LocalRecordsUnavailableException e) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, e.reasonCode(), e.getMessage());
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<Map<String, String>> quota(QuotaExceededException e) {
        return answer(HttpStatus.TOO_MANY_REQUESTS, QuotaExceededException.REASON, e.getMessage());
    }

    @ExceptionHandler(Alerts.AlertStateException.class)
    ResponseEntity<Map<String, String>> alertState(Alerts.AlertStateException e) {
        return answer(HttpStatus.CONFLICT, e.reasonCode(), e.getMessage());
    }

    /**
     * Coded exceptions without a handler above: those that mean this node cannot serve now (an expired directory,
     * a stale CRL) answer 503 with their code. Others are rethrown, which leaves them to the default handling.
     */
    @ExceptionHandler(CodedException.class)
    ResponseEntity<Map<String, String>> coded(CodedException e) {
        HttpStatus status = CodedRefusals.statusOf(e.reasonCode()).orElseThrow(() -> e);
        return answer(status, e.reasonCode(), e.getMessage());
    }

    @ExceptionHandler({Alerts.AlertNotFoundException.class, HearingsApiController.NotFoundException.class})
    ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
        return answer(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String reason, String message) {
        return answer(status, reason, message, null);
    }

    private static ResponseEntity<Map<String, String>> answer(
            HttpStatus status, String reason, String message, String field) {
        log.info("API request refused reason={} status={} field={}", reason, status.value(), field);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("reasonCode", reason);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        body.put("status", "REJECTED");
        body.put("reason", reason);
        body.put("detail", message);
        return ResponseEntity.status(status).body(body);
    }
}
