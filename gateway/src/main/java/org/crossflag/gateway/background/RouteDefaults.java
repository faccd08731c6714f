package org.crossflag.gateway.background;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.crossflag.gateway.node.CodedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error handling every route opts into with {@code .routeConfigurationId(RouteDefaults.ID)}. A failure is logged
 * once, with the route, the exchange id, the reason code (for our coded exceptions) and the exception's class:
 * never its message, body or headers, which may describe a person. Camel's own exhausted-delivery log is off for
 * the same reason. A route someone waits on (HTTP, direct) hands the failure back to its caller; a timer or
 * wake-up round has no caller, so its failure ends there and the next round tries again.
 */
public final class RouteDefaults extends RouteConfigurationBuilder {

    public static final String ID = "crossflag-defaults";

    private static final Logger log = LoggerFactory.getLogger(RouteDefaults.class);

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                .logExhausted(false)
                .handled(exchange -> !hasCaller(exchange))
                .process(RouteDefaults::logFailure);
    }

    static boolean hasCaller(Exchange exchange) {
        String uri = exchange.getFromEndpoint() == null
                ? ""
                : exchange.getFromEndpoint().getEndpointUri();
        return !(uri.startsWith("timer:") || uri.startsWith("seda:") || uri.startsWith("scheduler:"));
    }

    static void logFailure(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String error = failure == null ? "-" : failure.getClass().getSimpleName();
        log.warn(
                "Route failed routeId={} exchangeId={} reason={} error={}",
                exchange.getFromRouteId(),
                exchange.getExchangeId(),
                reasonCode(failure),
                error);
    }

    static String reasonCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CodedException coded) {
                return coded.reasonCode();
            }
        }
        return "ROUTE_FAILED";
    }
}
