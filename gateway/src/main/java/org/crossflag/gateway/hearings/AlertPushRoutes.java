package org.crossflag.gateway.hearings;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.crossflag.gateway.CrossflagProperties;

/**
 * Alert push: a round after every new alert and every ten seconds for retries; email through Camel's SMTP
 * component and the webhook through its HTTP component, each only when configured.
 */
final class AlertPushRoutes extends RouteBuilder {

    private final AlertPush push;
    private final CrossflagProperties.AlertEmail email;
    private final CrossflagProperties.AlertWebhook webhook;

    AlertPushRoutes(AlertPush push, CrossflagProperties.AlertEmail email, CrossflagProperties.AlertWebhook webhook) {
        this.push = push;
        this.email = email;
        this.webhook = webhook;
    }

    @Override
    public void configure() {
        from(AlertPush.WAKE_URI).routeId("alert-push-wake").bean(push, "sendDue");
        from("timer:alert-push?delay=10000&period=10000").routeId("alert-push").bean(push, "sendDue");

        if (!email.host().isBlank()) {
            String login = email.username().isBlank() ? ""
                    : "&username=RAW(" + email.username() + ")&password=RAW(" + email.password() + ")";
            from(AlertPush.EMAIL_URI)
                    .routeId("alert-email")
                    // AlertPush retries and logs a failure itself, with ids only.
                    .errorHandler(noErrorHandler())
                    .setHeader("To", constant(String.join(",", email.to())))
                    .setHeader("From", constant(email.from()))
                    .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=UTF-8"))
                    .to("smtp://" + email.host() + ":" + email.port() + "?connectionTimeout=10000"
                            + "&mail.smtp.starttls.enable=" + email.startTls() + login);
        }
        if (!webhook.url().isBlank()) {
            from(AlertPush.WEBHOOK_URI)
                    .routeId("alert-webhook")
                    .errorHandler(noErrorHandler())
                    .removeHeaders("*")
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .to(webhook.url() + (webhook.url().contains("?") ? "&" : "?") + "connectTimeout=10000&responseTimeout=10000");
        }
    }
}
