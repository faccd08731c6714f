package org.crossflag.adapter.rmssoap;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.cxf.interceptor.AttachmentInInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transport only: first in the chain, it refuses a body over {@link BodyLimit} (by its declared length, unread, or
 * as it is read) and has {@link XmlScreen} read it before CXF's parser does. A refusal ends the exchange with a
 * {@code recordRefused} fault; nothing reaches an operation.
 */
final class BodyScreenInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final Logger log = LoggerFactory.getLogger(BodyScreenInterceptor.class);

    private final BodyLimit limit;
    private final XmlScreen screen;

    BodyScreenInterceptor(BodyLimit limit, XmlScreen screen) {
        super(Phase.RECEIVE);
        addBefore(AttachmentInInterceptor.class.getName());
        this.limit = limit;
        this.screen = screen;
    }

    @Override
    public void handleMessage(Message message) {
        if (isGet(message)) {
            return; // ?wsdl and the like: no body
        }
        try {
            limit.checkDeclared(declaredLength(message));
            InputStream body = message.getContent(InputStream.class);
            byte[] read = body == null ? new byte[0] : limit.read(body);
            screen.screen(read);
            message.setContent(InputStream.class, new ByteArrayInputStream(read));
        } catch (EventRefusedException e) {
            log.info("SOAP request refused before parsing: {}", e.reasonCode());
            throw RefusalFaults.soapFault(e.reasonCode(), e.field(), e.getMessage(), true);
        }
    }

    private static boolean isGet(Message message) {
        return "GET".equals(message.get(Message.HTTP_REQUEST_METHOD));
    }

    private static long declaredLength(Message message) {
        Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest http ? http.getContentLengthLong() : -1;
    }
}
