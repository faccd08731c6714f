package org.crossflag.gateway.federation.outbound;

import org.crossflag.gateway.federation.inbound.InboundMessageRoute;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;

/**
 * Federation messages out: POST the signed bytes to the peer over mutual TLS. The peer's endpoint comes
 * from the directory (an exchange property, so it is never copied into HTTP headers).
 */
public final class OutboundMessageRoute extends RouteBuilder {

    static final String ENDPOINT_PROPERTY = "crossflagPeerEndpoint";
    static final String URI = "direct:federation-send";

    private final long sendTimeoutMillis;

    public OutboundMessageRoute(long sendTimeoutMillis) {
        this.sendTimeoutMillis = sendTimeoutMillis;
    }

    @Override
    public void configure() {
        // Failures are returned to the caller, which records the outcome; no retries or stack traces here.
        errorHandler(noErrorHandler());
        // The method is set as the HTTP component's own enum: as a String it would go through Camel's type
        // converter on every call, whose String-to-enum lookup is slow enough to show in the exchange benchmark.

        from(URI)
                .routeId("federation-outbound")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .toD("${exchangeProperty." + ENDPOINT_PROPERTY + "}" + InboundMessageRoute.PATH
                        + "?sslContextParameters=#federationClientTls&throwExceptionOnFailure=false"
                        + "&connectTimeout=" + sendTimeoutMillis + "&responseTimeout=" + sendTimeoutMillis
                        + "&connectionRequestTimeout=" + sendTimeoutMillis);

        from("direct:federation-ping")
                .routeId("federation-ping-peer")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.GET))
                .toD("${exchangeProperty." + ENDPOINT_PROPERTY + "}/federation/ping"
                        + "?sslContextParameters=#federationClientTls&throwExceptionOnFailure=false"
                        + "&connectTimeout=2000&responseTimeout=2000&connectionRequestTimeout=2000");
    }
}
