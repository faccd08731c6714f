package org.crossflag.gateway.federation.outbound;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.crossflag.gateway.background.RouteDefaults;
import org.crossflag.gateway.federation.envelope.WirePaths;

/**
 * Federation messages out: POST the signed bytes to the peer over mutual TLS. The peer's endpoint comes
 * from the directory (an exchange property, so it is never copied into HTTP headers).
 */
public final class OutboundMessageRoute extends RouteBuilder {

    static final String ENDPOINT_PROPERTY = "crossflagPeerEndpoint";
    static final String URI = "direct:federation-send";

    // The peer's endpoint is only known per message; everything after it is fixed and read from the settings.
    static final String SEND_URI = "${exchangeProperty." + ENDPOINT_PROPERTY + "}" + WirePaths.MESSAGES
            + "?sslContextParameters=#federationClientTls&throwExceptionOnFailure=false"
            + "&connectTimeout={{crossflag.exchange.send-timeout}}&responseTimeout={{crossflag.exchange.send-timeout}}"
            + "&connectionRequestTimeout={{crossflag.exchange.send-timeout}}";
    static final String PING_URI = "${exchangeProperty." + ENDPOINT_PROPERTY + "}/federation/ping"
            + "?sslContextParameters=#federationClientTls&throwExceptionOnFailure=false"
            + "&connectTimeout={{crossflag.health.ping-timeout}}&responseTimeout={{crossflag.health.ping-timeout}}"
            + "&connectionRequestTimeout={{crossflag.health.ping-timeout}}";

    @Override
    public void configure() {
        // Failures are returned to the caller, which records the outcome; no retries or stack traces here.
        errorHandler(noErrorHandler());
        // The method is set as the HTTP component's own enum: as a String it would go through Camel's type
        // converter on every call, whose String-to-enum lookup is slow enough to show in the exchange benchmark.

        from(URI)
                .routeId("federation-outbound")
                .routeConfigurationId(RouteDefaults.ID)
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .toD(SEND_URI);

        from("direct:federation-ping")
                .routeId("federation-ping-peer")
                .routeConfigurationId(RouteDefaults.ID)
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.GET))
                .toD(PING_URI);
    }
}
