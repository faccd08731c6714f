package org.crossflag.adapter.rmssoap;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a request body once, before CXF does, and refuses what a SOAP message must not hold (SOAP 1.1 section 3):
 * a document type declaration, which is where external entities and entity expansion ("billion laughs") live, and
 * any entity reference. The parser resolves nothing: DTD support, external entities and entity replacement are
 * switched off, so a refused body has not been expanded or fetched when it is refused.
 */
final class XmlScreen {

    static final String XML_DOCTYPE_REFUSED = "XML_DOCTYPE_REFUSED";
    static final String XML_ENTITY_REFUSED = "XML_ENTITY_REFUSED";
    static final String XML_MALFORMED = "XML_MALFORMED";
    static final String XML_TOO_DEEP = "XML_TOO_DEEP";

    private final XMLInputFactory factory;
    private final int maxDepth;

    XmlScreen(int maxDepth) {
        this.maxDepth = maxDepth;
        // The JDK's own parser, whatever else the class path offers, so the settings below mean what they say.
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never read");
        });
    }

    /** @throws EventRefusedException with one of this class's reason codes */
    void screen(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refused(XML_DOCTYPE_REFUSED, "a SOAP message may not hold a document type declaration");
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused(XML_ENTITY_REFUSED, "a SOAP message may not refer to entities");
                } else if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
                    throw refused(XML_TOO_DEEP, "the message nests elements deeper than " + maxDepth);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            // The parser's message may quote the document, so it goes no further.
            throw refused(XML_MALFORMED, "the request body is not well-formed XML");
        } finally {
            close(reader);
        }
    }

    private static EventRefusedException refused(String reasonCode, String message) {
        return new EventRefusedException(reasonCode, null, message);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Nothing was held open beyond the byte array.
            }
        }
    }
}
