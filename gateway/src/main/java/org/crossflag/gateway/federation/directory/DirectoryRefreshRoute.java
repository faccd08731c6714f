package org.crossflag.gateway.federation.directory;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.crossflag.gateway.crypto.FederationTrust;

/** Re-reads the signed directory and the CRL on the configured interval. */
public final class DirectoryRefreshRoute extends RouteBuilder {

    private final DirectoryService directory;
    private final FederationTrust trust;
    private final Duration interval;

    public DirectoryRefreshRoute(DirectoryService directory, FederationTrust trust, Duration interval) {
        this.directory = directory;
        this.trust = trust;
        this.interval = interval;
    }

    @Override
    public void configure() {
        long millis = interval.toMillis();
        from("timer:directory-refresh?delay=" + millis + "&period=" + millis)
                .routeId("directory-refresh")
                .bean(trust, "refreshCrl")
                .bean(directory, "refresh");
    }
}
