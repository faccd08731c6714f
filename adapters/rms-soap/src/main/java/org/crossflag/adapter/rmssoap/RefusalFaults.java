package org.crossflag.adapter.rmssoap;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.crossflag.adapter.rmssoap.events.RecordRefused;
import org.crossflag.adapter.rmssoap.events.Refusal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every refusal of the SOAP endpoint takes one shape: a fault whose detail holds {@code recordRefused} with the
 * reason code, the field where one is at fault, and a message. The fault string carries only the reason code, since
 * CXF logs it; the message, which may repeat the node's own words, goes in the detail to the caller alone.
 */
final class RefusalFaults {

    static final String NAMESPACE = "urn:crossflag:records-system:v1";
    static final QName RECORD_REFUSED = new QName(NAMESPACE, "recordRefused");

    private RefusalFaults() {}

    /** The declared fault of every operation. */
    static RecordRefused recordRefused(String reasonCode, String field, String message) {
        Refusal refusal = new Refusal();
        refusal.setReasonCode(reasonCode);
        refusal.setField(field);
        refusal.setMessage(message);
        return new RecordRefused(faultString(reasonCode), refusal);
    }

    /** The same fault, raised from an interceptor, before any operation is chosen. */
    static SoapFault soapFault(String reasonCode, String field, String message, boolean callersFault) {
        QName code = callersFault ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER;
        SoapFault fault = new SoapFault(faultString(reasonCode), code);
        setDetail(fault, reasonCode, field, message);
        return fault;
    }

    /** Puts the refusal into the fault's detail, in place of whatever it held. */
    static void setDetail(Fault fault, String reasonCode, String field, String message) {
        Element detail = fault.getOrCreateDetail();
        while (detail.getFirstChild() != null) {
            detail.removeChild(detail.getFirstChild());
        }
        Document document = detail.getOwnerDocument();
        Element refused = document.createElementNS(NAMESPACE, "rs:recordRefused");
        refused.appendChild(child(document, "reasonCode", reasonCode));
        if (field != null) {
            refused.appendChild(child(document, "field", field));
        }
        if (message != null) {
            refused.appendChild(child(document, "message", message));
        }
        detail.appendChild(refused);
    }

    /** Whether the fault's detail already holds a refusal. */
    static boolean hasRefusal(Fault fault) {
        Element detail = fault.getDetail();
        if (detail == null) {
            return false;
        }
        for (var node = detail.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && NAMESPACE.equals(element.getNamespaceURI())
                    && RECORD_REFUSED.getLocalPart().equals(element.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    static String faultString(String reasonCode) {
        return "Refused: " + reasonCode;
    }

    private static Element child(Document document, String name, String text) {
        Element element = document.createElementNS(NAMESPACE, "rs:" + name);
        element.setTextContent(text);
        return element;
    }
}
