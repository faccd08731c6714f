package org.crossflag.gateway.push;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.crossflag.adapter.LocalDeliveryChannel;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class PushConfiguration {

    static final String WEBHOOK_CLIENT = "alertWebhookClient";

    /**
     * The webhook's HTTP client retries nothing itself (its default repeats a 503 at once, with the same timestamp and
     * signature): every retry goes through the push queue, with its back-off and a fresh signature.
     */
    @Bean(WEBHOOK_CLIENT)
    HttpClientConfigurer alertWebhookClient() {
        return HttpClientBuilder::disableAutomaticRetries;
    }

    @Bean
    PushChannels pushChannels(CrossflagProperties properties) {
        return PushChannels.from(properties.hearings());
    }

    @Bean
    PushRepository pushRepository(JdbcTemplate jdbc) {
        return new PushRepository(jdbc);
    }

    @Bean
    PushQueue pushQueue(
            CrossflagProperties properties,
            PushChannels switchedOn,
            PushRepository repository,
            ObjectProvider<PushSource> sources,
            ObjectProvider<LocalDeliveryChannel> adapterChannels,
            ProducerTemplate producer,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock) {
        CrossflagProperties.Hearings hearings = properties.hearings();
        RetrySchedule.requireOrdered(
                "crossflag.hearings.alert-push-max-backoff",
                hearings.alertPushInitialBackoff(),
                hearings.alertPushMaxBackoff());
        List<PushChannel> channels = new ArrayList<>();
        if (switchedOn.email()) {
            channels.add(new EmailChannel(producer));
        }
        if (switchedOn.webhook()) {
            WebhookSignature signature = WebhookSignature.fromSecret(
                    properties.localSystems().alertWebhook().secret());
            channels.add(
                    new WebhookChannel(properties.node().code(), signature, clock, WebhookChannel.overCamel(producer)));
        }
        PushChannels.requireUsable(adapterChannels.orderedStream().toList()).stream()
                .map(AdapterChannel::new)
                .forEach(channels::add);
        return new PushQueue(
                repository,
                channels,
                sources.orderedStream().toList(),
                transactions,
                audit,
                clock,
                RetrySchedule.withoutJitter(hearings.alertPushInitialBackoff(), hearings.alertPushMaxBackoff()),
                () -> PushRoutes.WAKE.send(producer));
    }

    @Bean
    PushRoutes pushRoutes(PushQueue queue, PushChannels channels, CrossflagProperties properties) {
        CrossflagProperties.Hearings hearings = properties.hearings();
        return new PushRoutes(queue, channels, hearings.alertEmail(), hearings.alertWebhook());
    }

    /** TLS for webhooks to the force's own systems (see PushTls). */
    @Bean(PushTls.BEAN)
    SSLContextParameters alertPushTls(CrossflagProperties properties) {
        return PushTls.parameters(properties.localSystems());
    }
}
