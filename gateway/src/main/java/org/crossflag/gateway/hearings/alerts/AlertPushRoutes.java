package org.crossflag.gateway.hearings.alerts;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.crossflag.gateway.node.CrossflagProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert push: a round after every new alert and every ten seconds for retries; email through Camel's SMTP
 * component (STARTTLS required unless switched off) and the webhook through its HTTP component over HTTPS, trusting
 * the local-systems trust store; each only when configured.
 */
public final class AlertPushRoutes extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(AlertPushRoutes.class);

    private final AlertPush push;
    private final CrossflagProperties.AlertEmail email;
    private final CrossflagProperties.AlertWebhook webhook;

    public AlertPushRoutes(AlertPush push, CrossflagProperties.AlertEmail email, CrossflagProperties.AlertWebhook webhook) {
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
            // STARTTLS required, not merely tried: a server (or a man in the middle) not offering it gets no mail.
            if (!email.startTls()) {
                log.warn("crossflag.hearings.alert-email.start-tls is false: alert emails and SMTP logins go in clear");
            }
            String tls = email.startTls() ? "&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true"
                    : "&mail.smtp.starttls.enable=false";
            from(AlertPush.EMAIL_URI)
                    .routeId("alert-email")
                    // AlertPush retries and logs a failure itself, with ids only.
                    .errorHandler(noErrorHandler())
                    .setHeader("To", constant(String.join(",", email.to())))
                    .setHeader("From", constant(email.from()))
                    .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=UTF-8"))
                    .to("smtp://" + email.host() + ":" + email.port() + "?connectionTimeout=10000" + tls + login);
        }
        if (!webhook.url().isBlank()) {
            from(AlertPush.WEBHOOK_URI)
                    .routeId("alert-webhook")
                    .errorHandler(noErrorHandler())
                    .removeHeaders("*")
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .to(webhook.url() + (webhook.url().contains("?") ? "&" : "?")
                            + "connectTimeout=10000&responseTimeout=10000&sslContextParameters=#" + AlertPushTls.BEAN);
        }
    }
}
