package org.crossflag.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.disclosures.records.PersonRecordRejectedException;
import org.crossflag.gateway.node.CodedException;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the person-records API as the DVDS contract words them: {@code {"reasonCode", "message", "field"}},
 * the field present when one field is at fault. Messages name fields, never the values sent, and so do the logs.
 */
@RestControllerAdvice(assignableTypes = PersonRecordsApiController.class)
class PersonRecordsApiErrors {

    private static final Logger log = LoggerFactory.getLogger(PersonRecordsApiErrors.class);

    @ExceptionHandler(PersonRecordRejectedException.class)
    ResponseEntity<Map<String, String>> field(PersonRecordRejectedException e) {
        return answer(HttpStatus.BAD_REQUEST, e.reasonCode(), e.getMessage(), e.field());
    }

    @ExceptionHandler(RejectedRecordException.class)
    ResponseEntity<Map<String, String>> rejected(RejectedRecordException e) {
        return answer(HttpStatus.BAD_REQUEST, e.reasonCode(), e.getMessage(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "REQUEST_UNREADABLE", "the body is not the JSON this call takes", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "send application/json", null);
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<Map<String, String>> quota(QuotaExceededException e) {
        return answer(HttpStatus.TOO_MANY_REQUESTS, QuotaExceededException.REASON, e.getMessage(), null);
    }

    /** Coded exceptions that mean this node cannot serve now answer 503; others are left to the default handling. */
    @ExceptionHandler(CodedException.class)
    ResponseEntity<Map<String, String>> coded(CodedException e) {
        HttpStatus status = CodedRefusals.statusOf(e.reasonCode()).orElseThrow(() -> e);
        return answer(status, e.reasonCode(), e.getMessage(), null);
    }

    private static ResponseEntity<Map<String, String>> answer(
            HttpStatus status, String reasonCode, String message, String field) {
        log.info("Person record refused reason={} field={} status={}", reasonCode, field, status.value());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("reasonCode", reasonCode);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return ResponseEntity.status(status).body(body);
    }
}
