package org.crossflag.adapter.rmssoap;

import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.staxutils.StaxUtils;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordsSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Runs the records-system SOAP adapter when {@code crossflag.adapters.rms-soap.enabled=true}: the events endpoint,
 * published from its WSDL at {@value #SERVLET_PATH}{@value #EVENTS_PATH} on a CXF servlet of its own, and, when
 * {@code records-system.url} is set, the client that asks the records system what it holds about a person. The node
 * must provide the {@link LocalRecordSink}; its local-systems connector authenticates callers.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = RmsSoapProperties.PREFIX, name = "enabled", havingValue = "true")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RmsSoapProperties.class)
public class RmsSoapAutoConfiguration {

    static final String SERVLET_PATH = "/local/soap";
    static final String EVENTS_PATH = "/records-system-events";
    /** Deeper than any request the WSDL describes (five levels inside the body), far short of a parser's limit. */
    static final int MAX_ELEMENT_DEPTH = 16;

    static final int MAX_ELEMENT_COUNT = 2_000;

    /** A bus of the adapter's own, not CXF's process-wide default, so that nothing else shares its settings. */
    @Bean(destroyMethod = "shutdown")
    Bus rmsSoapBus() {
        return new ExtensionManagerBus();
    }

    @Bean
    ServletRegistrationBean<CXFNonSpringServlet> rmsSoapServlet(Bus rmsSoapBus) {
        CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        servlet.setBus(rmsSoapBus);
        ServletRegistrationBean<CXFNonSpringServlet> registration =
                new ServletRegistrationBean<>(servlet, SERVLET_PATH + "/*");
        registration.setName("rmsSoapServlet");
        registration.addInitParameter("hide-service-list-page", "true");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean(destroyMethod = "stop")
    EndpointImpl rmsSoapEventsEndpoint(Bus rmsSoapBus, RmsSoapProperties properties, LocalRecordSink sink) {
        EndpointImpl endpoint =
                new EndpointImpl(rmsSoapBus, new RecordsSystemEventsEndpoint(sink, properties.adapterId()));
        endpoint.setWsdlLocation(RecordsSystemEventsEndpoint.WSDL);
        endpoint.setServiceName(new QName(RefusalFaults.NAMESPACE, "RecordsSystemEvents"));
        endpoint.setEndpointName(new QName(RefusalFaults.NAMESPACE, "RecordsSystemEventsSoap"));
        long maxBytes = properties.maxBodySize().toBytes();
        // CXF's own parser limits stand behind the screen.
        endpoint.setProperties(Map.of(
                StaxUtils.MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH,
                StaxUtils.MAX_ELEMENT_COUNT, MAX_ELEMENT_COUNT,
                StaxUtils.MAX_TEXT_LENGTH, (int) maxBytes));
        endpoint.getInInterceptors()
                .add(new BodyScreenInterceptor(new BodyLimit(maxBytes), new XmlScreen(MAX_ELEMENT_DEPTH)));
        endpoint.getOutFaultInterceptors().add(new RefusalDetailInterceptor());
        endpoint.publish(EVENTS_PATH);
        return endpoint;
    }

    @Bean
    @ConditionalOnProperty(prefix = RmsSoapProperties.PREFIX, name = "records-system.url")
    LocalRecordsSource rmsSoapRecordsSource(Bus rmsSoapBus, RmsSoapProperties properties) {
        RmsSoapProperties.RecordsSystem system = properties.recordsSystem();
        return new RecordsSystemClient(
                rmsSoapBus, system.url(), system.connectTimeout(), system.receiveTimeout(), properties.adapterId());
    }
}
