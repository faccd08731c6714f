package org.crossflag.adapter.rmssoap;

import org.apache.cxf.binding.soap.interceptor.Soap11FaultOutInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transport only: a fault CXF raised itself (an envelope it cannot read, an operation the WSDL does not have) gets
 * the same {@code recordRefused} detail as the endpoint's own refusals, and a fault string of its reason code alone,
 * since CXF's own message may quote the request.
 */
final class RefusalDetailInterceptor extends AbstractPhaseInterceptor<Message> {

    static final String ENVELOPE_INVALID = "ENVELOPE_INVALID";

    private static final Logger log = LoggerFactory.getLogger(RefusalDetailInterceptor.class);

    RefusalDetailInterceptor() {
        super(Phase.MARSHAL);
        addBefore(Soap11FaultOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || RefusalFaults.hasRefusal(fault)) {
            return;
        }
        boolean callersFault = Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode())
                || fault.getFaultCode().getLocalPart().endsWith("Client");
        String reasonCode = callersFault ? ENVELOPE_INVALID : RecordsSystemEventsEndpoint.NODE_UNAVAILABLE;
        String text = callersFault
                ? "the SOAP envelope is not a request this service's WSDL describes"
                : "the node could not take the request now; send it again later";
        log.info("SOAP request refused: {} ({})", reasonCode, faultCause(fault));
        fault.setMessage(RefusalFaults.faultString(reasonCode));
        RefusalFaults.setDetail(fault, reasonCode, null, text);
    }

    private static String faultCause(Fault fault) {
        return fault.getCause() == null
                ? "no cause"
                : fault.getCause().getClass().getName();
    }
}
