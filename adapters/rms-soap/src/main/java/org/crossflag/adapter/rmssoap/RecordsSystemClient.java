package org.crossflag.adapter.rmssoap;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import javax.xml.namespace.QName;

import jakarta.xml.ws.WebServiceException;

import org.apache.cxf.Bus;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordsSource;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.adapter.rmssoap.query.QueryRefused;
import org.crossflag.adapter.rmssoap.query.RecordsHeld;
import org.crossflag.adapter.rmssoap.query.RecordsHeldAbout;
import org.crossflag.adapter.rmssoap.query.RecordsSystemQueryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the records system what it holds about one of its people, through a CXF client of
 * {@code records-system-query.wsdl}, and reads the answer with {@link RecordsHeldMapper}. Every failure is a
 * {@link LocalRecordsUnavailableException} with a reason code; logs carry the code and the exception's class only.
 */
final class RecordsSystemClient implements LocalRecordsSource {

    static final String NAMESPACE = "urn:crossflag:records-system:query:v1";
    static final String WSDL = "classpath:org/crossflag/schemas/soap/records-system-query.wsdl";
    static final String UNREACHABLE = "RECORDS_SYSTEM_UNREACHABLE";
    static final String REFUSED = "RECORDS_SYSTEM_REFUSED";

    private static final Logger log = LoggerFactory.getLogger(RecordsSystemClient.class);

    private final RecordsSystemQueryPort port;
    private final String adapterId;
    private final RecordsHeldMapper mapper = new RecordsHeldMapper();

    RecordsSystemClient(Bus bus, URI url, Duration connectTimeout, Duration receiveTimeout, String adapterId) {
        this.adapterId = adapterId;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(RecordsSystemQueryPort.class);
        factory.setWsdlURL(WSDL);
        factory.setServiceName(new QName(NAMESPACE, "RecordsSystemQuery"));
        factory.setEndpointName(new QName(NAMESPACE, "RecordsSystemQuerySoap"));
        factory.setAddress(url.toString());
        port = factory.create(RecordsSystemQueryPort.class);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connectTimeout.toMillis());
        policy.setReceiveTimeout(receiveTimeout.toMillis());
        policy.setAllowChunking(false);
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setClient(policy);
    }

    @Override
    public String adapterId() {
        return adapterId;
    }

    @Override
    public List<LocalPersonRecord> recordsHeldAbout(String localPersonId) {
        RecordsHeldAbout question = new RecordsHeldAbout();
        question.setLocalPersonId(localPersonId);
        RecordsHeld answer;
        try {
            answer = port.recordsHeldAbout(question);
        } catch (QueryRefused e) {
            String code = e.getFaultInfo() == null ? null : e.getFaultInfo().getReasonCode();
            String said = code != null && FieldForm.REASON_CODE.allows(code) ? code : "no reason code";
            log.warn("The records system refused a query: {} ({})", REFUSED, said);
            throw new LocalRecordsUnavailableException(REFUSED, "the records system refused the query: " + said, e);
        } catch (WebServiceException e) {
            log.warn(
                    "The records system did not answer: {} ({})",
                    UNREACHABLE,
                    e.getClass().getName());
            throw new LocalRecordsUnavailableException(
                    UNREACHABLE, "the records system did not answer in time or could not be reached", e);
        }
        List<LocalPersonRecord> records = mapper.records(localPersonId, answer);
        log.info("The records system holds {} record(s) about a person of {}", records.size(), adapterId);
        return records;
    }
}
