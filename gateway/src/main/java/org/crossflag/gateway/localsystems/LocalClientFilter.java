package org.crossflag.gateway.localsystems;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Authenticates every call on {@code /local/**}: the principal is the configured client's name, its authorities
 * {@link org.crossflag.adapter.LocalEventType#authority()} of each event it may send. A call from no known client is
 * answered 401 with {@code {reasonCode, message}}, audited by reason code and logged with the reason code only.
 */
final class LocalClientFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-Api-Key";

    /** Where a servlet container puts the client's verified certificate chain. */
    static final String CERTIFICATES_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private static final Logger LOG = LoggerFactory.getLogger(LocalClientFilter.class);

    private final LocalClients clients;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    LocalClientFilter(LocalClients clients, AuditTrail audit, ObjectMapper json) {
        this.clients = clients;
        this.audit = audit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocalClients.Identification identification =
                clients.identify(clientCertificate(request), request.getHeader(API_KEY_HEADER));
        if (identification instanceof LocalClients.Refused refused) {
            refuse(response, refused.refusal());
            return;
        }
        LocalClient client = ((LocalClients.Identified) identification).client();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(client.name(), null, client.authorities()));
        contexts.setContext(context);
        LOG.debug("Local system {} called the connector", client.name());
        chain.doFilter(request, response);
    }

    private static X509Certificate clientCertificate(HttpServletRequest request) {
        Object chain = request.getAttribute(CERTIFICATES_ATTRIBUTE);
        return chain instanceof X509Certificate[] certificates && certificates.length > 0 ? certificates[0] : null;
    }

    private void refuse(HttpServletResponse response, LocalClientRefusal refusal) throws IOException {
        LOG.warn("Local systems connector refused a call: {}", refusal.reasonCode());
        audit.record(AuditEvent.of(AuditAction.LOCAL_CLIENT_REFUSED, "REFUSED").withReason(refusal.reasonCode()));
        writeRefusal(json, response, refusal);
    }

    static void writeRefusal(ObjectMapper json, HttpServletResponse response, LocalClientRefusal refusal)
            throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("reasonCode", refusal.reasonCode());
        body.put("message", refusal.message());
        // A plain status, not sendError: an error dispatch would go through security again.
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
