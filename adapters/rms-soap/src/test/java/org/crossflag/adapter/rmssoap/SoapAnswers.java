package org.crossflag.adapter.rmssoap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads what the endpoint answered: the accepted record, or the fault and its refusal. */
final class SoapAnswers {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String RS = "urn:crossflag:records-system:v1";

    private final Document document;

    private SoapAnswers(Document document) {
        this.document = document;
    }

    static SoapAnswers read(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SoapAnswers(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not a SOAP answer: " + body, e);
        }
    }

    boolean isFault() {
        return document.getElementsByTagNameNS(SOAP, "Fault").getLength() == 1;
    }

    String faultCode() {
        return unqualified("faultcode");
    }

    String faultString() {
        return unqualified("faultstring");
    }

    String reasonCode() {
        return text(RS, "reasonCode");
    }

    String field() {
        return text(RS, "field");
    }

    String message() {
        return text(RS, "message");
    }

    String recordId() {
        return text(RS, "recordId");
    }

    Boolean duplicate() {
        String text = text(RS, "duplicate");
        return text == null ? null : Boolean.valueOf(text);
    }

    private String unqualified(String name) {
        NodeList nodes = document.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private String text(String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
