package org.crossflag.gateway.federation.directory;

import org.crossflag.gateway.background.SweepRoutes;

/** Re-reads the CRL and then the signed directory on the configured interval. */
public final class DirectoryRefreshRoute extends SweepRoutes {

    static final String REFRESH_TIMER = "timer:directory-refresh?delay={{crossflag.directory.refresh-interval}}"
            + "&period={{crossflag.directory.refresh-interval}}";

    private final DirectoryService directory;
    private final CrlRefresher crl;

    public DirectoryRefreshRoute(DirectoryService directory, CrlRefresher crl) {
        this.directory = directory;
        this.crl = crl;
    }

    @Override
    public void configure() {
        sweepOnTimer(REFRESH_TIMER, "directory-refresh", () -> {
            crl.refresh();
            directory.refresh();
        });
    }
}
