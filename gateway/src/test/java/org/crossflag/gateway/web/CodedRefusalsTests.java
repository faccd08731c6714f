package org.crossflag.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.crossflag.gateway.federation.directory.DirectoryVerificationException;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.federation.outbound.SendRefusedException;
import org.crossflag.gateway.federation.receipt.InvalidReceiptException;
import org.crossflag.gateway.node.CodedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CodedRefusalsTests {

    @Test
    void anExpiredDirectoryAndAStaleCrlMeanTheNodeCannotServeNow() {
        assertThat(CodedRefusals.statusOf("DIRECTORY_EXPIRED")).contains(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(CodedRefusals.statusOf("CERTIFICATE_REVOCATION_UNKNOWN")).contains(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void otherCodesGetNoStatusHereAndKeepTheirOwnHandling() {
        for (String code : new String[] {
            "QUOTA_EXCEEDED",
            "ALERT_NOT_OPEN",
            "SCHEMA_INVALID",
            "SEND_REFUSED",
            "CERTIFICATE_REVOKED",
            "MATCHING_KEY_VERSION_NOT_ACCEPTED",
            "DIRECTORY_UNTRUSTED",
            "",
            "directory_expired"
        }) {
            assertThat(CodedRefusals.statusOf(code)).as(code).isEmpty();
        }
        assertThat(CodedRefusals.statusOf(null)).isEmpty();
    }

    @Test
    void anExpiredDirectoryAnswers503WithItsCodeAndDetailInTheApisRefusalShape() {
        ResponseEntity<Map<String, String>> answer = new ApiErrors()
                .coded(new MessageRejectedException(
                        RejectionReason.DIRECTORY_EXPIRED, "this node's federation directory has expired"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getBody())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "reasonCode",
                        "DIRECTORY_EXPIRED",
                        "message",
                        "this node's federation directory has expired",
                        "status",
                        "REJECTED",
                        "reason",
                        "DIRECTORY_EXPIRED",
                        "detail",
                        "this node's federation directory has expired"));
    }

    @Test
    void theSameCodeFromTheSendingSideAnswersTheSame() {
        ResponseEntity<Map<String, String>> answer =
                new ApiErrors().coded(new SendRefusedException("DIRECTORY_EXPIRED", "directory expired"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getBody()).containsEntry("reason", "DIRECTORY_EXPIRED");
    }

    @Test
    void aCodedExceptionWithoutAStatusIsRethrownUnchangedForTheDefaultHandling() {
        SendRefusedException refused = new SendRefusedException("recipient GB-XXX is not in the federation directory");

        assertThatThrownBy(() -> new ApiErrors().coded(refused)).isSameAs(refused);
    }

    @Test
    void theProjectsCodedExceptionsShareTheBaseTypeAndKeepTheirAccessors() {
        MessageRejectedException rejected =
                new MessageRejectedException(RejectionReason.CERTIFICATE_REVOCATION_UNKNOWN, "stale", "m-1", "GB-ESX");
        assertThat(rejected).isInstanceOf(CodedException.class);
        assertThat(rejected.reasonCode()).isEqualTo("CERTIFICATE_REVOCATION_UNKNOWN");
        assertThat(rejected.reason()).isEqualTo(RejectionReason.CERTIFICATE_REVOCATION_UNKNOWN);
        assertThat(rejected.getMessage()).isEqualTo("stale");
        assertThat(rejected.getStackTrace())
                .as("an expected refusal carries no stack trace")
                .isEmpty();

        assertThat(coded(new SendRefusedException("no"))).isEqualTo("SEND_REFUSED");
        assertThat(coded(new SendRefusedException("SCHEMA_INVALID", "no"))).isEqualTo("SCHEMA_INVALID");
        assertThat(coded(new RefusedMessageException("HIT_UNKNOWN", "no"))).isEqualTo("HIT_UNKNOWN");
        assertThat(coded(new InvalidReceiptException("RECEIPT_MISSING"))).isEqualTo("RECEIPT_MISSING");
        assertThat(coded(new DirectoryVerificationException("bad signature"))).isEqualTo("DIRECTORY_UNTRUSTED");
    }

    private static String coded(CodedException e) {
        return e.reasonCode();
    }
}
