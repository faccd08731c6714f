package org.crossflag.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** The body limit holds for a body of unstated length too, and a body at the limit is read. */
class JsonBodyReaderTests {

    static final String WITHDRAWAL =
            "{\"recordType\": \"HEARING\", \"localReference\": \"MARAC-QRB-2026-0412\", \"withdrawnOn\": \"2026-05-20\"}";

    @Test
    void aBodyOfUnstatedLengthIsCutOffOneByteOverTheLimit() {
        int limit = WITHDRAWAL.length();
        JsonBodyReader reader = new JsonBodyReader(limit);

        RequestRefusedException refused = catchThrowableOfType(
                RequestRefusedException.class, () -> reader.read(chunked(WITHDRAWAL + " "), WithdrawalRequest.class));

        assertThat(refused.reason()).isEqualTo(Reason.BODY_TOO_LARGE);
        assertThat(reader.read(chunked(WITHDRAWAL), WithdrawalRequest.class).localReference())
                .isEqualTo("MARAC-QRB-2026-0412");
    }

    @Test
    void aStatedLengthOverTheLimitIsRefusedBeforeReading() {
        MockHttpServletRequest request = json(WITHDRAWAL);
        HttpServletRequestWrapper claimsMore = new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return 1_000_000;
            }

            @Override
            public ServletInputStream getInputStream() {
                throw new AssertionError("the body was read");
            }
        };

        RequestRefusedException refused = catchThrowableOfType(
                RequestRefusedException.class,
                () -> new JsonBodyReader(1024).read(claimsMore, WithdrawalRequest.class));

        assertThat(refused.reason()).isEqualTo(Reason.BODY_TOO_LARGE);
    }

    @Test
    void pathsNameOnlyTheContractsFields() {
        assertThat(JsonBodyReader.knownPath(List.of(
                        new Reference(null, "subject"), new Reference(null, "givenNames"), new Reference(null, 2))))
                .isEqualTo("subject.givenNames[2]");
        assertThat(JsonBodyReader.knownPath(List.of(
                        new Reference(null, "subject"),
                        new Reference(null, "Oswin Tarrant"),
                        new Reference(null, "givenNames"))))
                .isEqualTo("subject");
    }

    static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/local/rest/v1/withdrawals");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** As a request sent with chunked transfer encoding: no length stated. */
    static HttpServletRequestWrapper chunked(String body) {
        return new HttpServletRequestWrapper(json(body)) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
    }
}
