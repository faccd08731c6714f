package org.crossflag.gateway.push;

import org.apache.camel.Exchange;
import org.crossflag.gateway.background.RouteDefaults;
import org.crossflag.gateway.background.SweepRoutes;
import org.crossflag.gateway.background.WakeUp;
import org.crossflag.gateway.node.CrossflagProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deliveries to local systems: a round after every new delivery and on a timer for retries; email through Camel's SMTP
 * component (STARTTLS required unless switched off) and the signed webhook through its HTTP component over HTTPS,
 * trusting the local-systems trust store; each only when {@link PushChannels} has it on. The route ids keep their
 * alert-* names: alerts were the first deliveries.
 */
public final class PushRoutes extends SweepRoutes {

    private static final Logger log = LoggerFactory.getLogger(PushRoutes.class);

    static final String PUSH_TIMER = "timer:alert-push?delay={{crossflag.hearings.alert-push-interval}}"
            + "&period={{crossflag.hearings.alert-push-interval}}";
    static final String SMTP_URI = "smtp://{{crossflag.hearings.alert-email.host}}"
            + ":{{crossflag.hearings.alert-email.port}}?connectionTimeout={{crossflag.hearings.alert-push-timeout}}";
    // STARTTLS required, not merely tried: a server (or a man in the middle) not offering it gets no mail.
    static final String SMTP_STARTTLS = "&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true";
    static final String SMTP_PLAIN = "&mail.smtp.starttls.enable=false";
    static final String SMTP_LOGIN = "&username=RAW({{crossflag.hearings.alert-email.username}})"
            + "&password=RAW({{crossflag.hearings.alert-email.password}})";
    static final String WEBHOOK_OPTIONS = "connectTimeout={{crossflag.hearings.alert-push-timeout}}"
            + "&responseTimeout={{crossflag.hearings.alert-push-timeout}}&sslContextParameters=#" + PushTls.BEAN
            + "&httpClientConfigurer=#" + PushConfiguration.WEBHOOK_CLIENT;

    static final WakeUp WAKE = new WakeUp("alert-push-wake");

    private final PushQueue push;
    private final PushChannels channels;
    private final CrossflagProperties.AlertEmail email;
    private final CrossflagProperties.AlertWebhook webhook;

    public PushRoutes(
            PushQueue push,
            PushChannels channels,
            CrossflagProperties.AlertEmail email,
            CrossflagProperties.AlertWebhook webhook) {
        this.push = push;
        this.channels = channels;
        this.email = email;
        this.webhook = webhook;
    }

    @Override
    public void configure() {
        wakeAndSweep(WAKE, PUSH_TIMER, "alert-push", push::sendDue);

        if (channels.email()) {
            if (!email.startTls()) {
                log.warn("crossflag.hearings.alert-email.start-tls is false: alert emails and SMTP logins go in clear");
            }
            from(EmailChannel.URI)
                    .routeId("alert-email")
                    .routeConfigurationId(RouteDefaults.ID)
                    // PushQueue retries and logs a failure itself, with ids only.
                    .errorHandler(noErrorHandler())
                    .setHeader("To", constant(String.join(",", email.to())))
                    .setHeader("From", constant(email.from()))
                    .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=UTF-8"))
                    .to(smtpUri(email));
        }
        if (channels.webhook()) {
            from(WebhookChannel.URI)
                    .routeId("alert-webhook")
                    .routeConfigurationId(RouteDefaults.ID)
                    .errorHandler(noErrorHandler())
                    // Only the signature's headers go out; nothing else of the exchange.
                    .removeHeaders(
                            "*",
                            WebhookSignature.ID_HEADER,
                            WebhookSignature.TIMESTAMP_HEADER,
                            WebhookSignature.SIGNATURE_HEADER)
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .to(webhookUri(webhook));
        }
    }

    static String smtpUri(CrossflagProperties.AlertEmail email) {
        String login = email.username().isBlank() ? "" : SMTP_LOGIN;
        return SMTP_URI + (email.startTls() ? SMTP_STARTTLS : SMTP_PLAIN) + login;
    }

    /** The configured URL may carry its own query; the timeouts and TLS options join it. */
    static String webhookUri(CrossflagProperties.AlertWebhook webhook) {
        return "{{crossflag.hearings.alert-webhook.url}}" + (webhook.url().contains("?") ? "&" : "?") + WEBHOOK_OPTIONS;
    }
}
