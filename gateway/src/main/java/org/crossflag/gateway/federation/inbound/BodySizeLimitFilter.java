package org.crossflag.gateway.federation.inbound;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized federation bodies before any byte of them is read. Peers must declare a
 * Content-Length, so a chunked body cannot slip past the limit.
 */
public final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final int maxBodyBytes;
    private final RejectionResponses rejections;

    public BodySizeLimitFilter(int maxBodyBytes, RejectionResponses rejections) {
        this.maxBodyBytes = maxBodyBytes;
        this.rejections = rejections;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(
                    response,
                    new MessageRejectedException(RejectionReason.LENGTH_REQUIRED, "Content-Length is required"));
        } else if (length > maxBodyBytes) {
            refuse(
                    response,
                    new MessageRejectedException(
                            RejectionReason.BODY_TOO_LARGE,
                            "body of " + length + " bytes is over the limit of " + maxBodyBytes));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletResponse response, MessageRejectedException rejection) throws IOException {
        byte[] body = rejections.record(rejection);
        response.setStatus(rejection.reason().httpStatus());
        response.setContentType("application/json");
        response.setContentLength(body.length);
        // Close the connection: the unread body must not be parsed as the next request.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(body);
    }
}
