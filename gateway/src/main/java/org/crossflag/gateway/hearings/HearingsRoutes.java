package org.crossflag.gateway.hearings;

import org.crossflag.gateway.hearings.alerts.AlertPush;
import org.crossflag.gateway.hearings.alerts.AlertPushRoutes;
import org.crossflag.gateway.hearings.queries.QueryDeadlines;

import org.apache.camel.builder.RouteBuilder;
import org.crossflag.gateway.node.CrossflagProperties;

/** The sweep that closes overdue queries, and the alert push routes. */
final class HearingsRoutes extends RouteBuilder {

    private final QueryDeadlines deadlines;
    private final AlertPush push;
    private final CrossflagProperties.Hearings settings;

    HearingsRoutes(QueryDeadlines deadlines, AlertPush push, CrossflagProperties.Hearings settings) {
        this.deadlines = deadlines;
        this.push = push;
        this.settings = settings;
    }

    @Override
    public void configure() throws Exception {
        from("timer:query-deadlines?delay=1000&period=1000")
                .routeId("query-deadlines")
                .bean(deadlines, "closeOverdue");
        getContext().addRoutes(new AlertPushRoutes(push, settings.alertEmail(), settings.alertWebhook()));
    }
}
