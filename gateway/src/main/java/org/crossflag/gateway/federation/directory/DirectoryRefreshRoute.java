package org.crossflag.gateway.federation.directory;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/** Re-reads the CRL and then the signed directory on the configured interval. */
public final class DirectoryRefreshRoute extends RouteBuilder {

    private final DirectoryService directory;
    private final CrlRefresher crl;
    private final Duration interval;

    public DirectoryRefreshRoute(DirectoryService directory, CrlRefresher crl, Duration interval) {
        this.directory = directory;
        this.crl = crl;
        this.interval = interval;
    }

    @Override
    public void configure() {
        long millis = interval.toMillis();
        from("timer:directory-refresh?delay=" + millis + "&period=" + millis)
                .routeId("directory-refresh")
                .bean(crl, "refresh")
                .bean(directory, "refresh");
    }
}
