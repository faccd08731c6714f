package org.crossflag.gateway.federation;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.health.PeerReachability;
import org.crossflag.gateway.federation.health.PeerReachabilityRoute;
import org.crossflag.gateway.federation.inbound.BodySizeLimitFilter;
import org.crossflag.gateway.federation.inbound.InboundMessageReceiver;
import org.crossflag.gateway.federation.inbound.InboundMessageRoute;
import org.crossflag.gateway.federation.inbound.InboundMessageStore;
import org.crossflag.gateway.federation.inbound.InboundMessageVerifier;
import org.crossflag.gateway.federation.inbound.InboundMetrics;
import org.crossflag.gateway.federation.inbound.RejectionResponses;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.outbound.DirectExchange;
import org.crossflag.gateway.federation.outbound.FederationSender;
import org.crossflag.gateway.federation.outbound.OutboundMessageRoute;
import org.crossflag.gateway.federation.outbound.OutboundMetrics;
import org.crossflag.gateway.federation.receipt.ReceiptIssuer;
import org.crossflag.gateway.federation.receipt.ReceiptVerifier;
import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** Wires the federation exchange: verifier, store, sender, routes, TLS client and the body-size guard. */
@Configuration(proxyBeanMethods = false)
class FederationConfiguration {

    @Bean
    EnvelopeCodec envelopeCodec() {
        return new EnvelopeCodec();
    }

    @Bean
    InboundMetrics inboundMetrics(MeterRegistry registry) {
        return new InboundMetrics(registry);
    }

    @Bean
    OutboundMetrics outboundMetrics(MeterRegistry registry) {
        return new OutboundMetrics(registry);
    }

    @Bean
    RejectionResponses rejectionResponses(InboundMetrics metrics, EnvelopeCodec codec, AuditTrail audit) {
        return new RejectionResponses(metrics, codec.mapper(), audit);
    }

    @Bean
    InboundMessageVerifier inboundMessageVerifier(
            CrossflagProperties properties,
            DirectoryService directory,
            FederationTrust trust,
            SignatureVerifier signatures,
            EnvelopeCodec codec,
            Clock clock) {
        return new InboundMessageVerifier(
                properties.node().code(),
                directory,
                trust,
                signatures,
                codec,
                clock,
                properties.exchange().maxClockSkew());
    }

    @Bean
    InboundMessageStore inboundMessageStore(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            CrossflagProperties properties,
            MessageSigner signer,
            AuditTrail audit,
            Clock clock,
            List<InboundMessageHandler> handlers) {
        return new InboundMessageStore(
                jdbc,
                transactions,
                new ReceiptIssuer(properties.node().code(), signer, clock),
                audit,
                signer.certificateBase64(),
                properties.exchange().replayCacheSize(),
                handlers.stream().map(InboundMessageHandler::messageType).collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    ReceiptVerifier receiptVerifier(DirectoryService directory, FederationTrust trust, SignatureVerifier signatures) {
        return new ReceiptVerifier(directory, trust, signatures);
    }

    @Bean
    DirectExchange directExchange(
            DirectoryService directory,
            ProducerTemplate producer,
            ReceiptVerifier receipts,
            OutboundMetrics metrics,
            EnvelopeCodec codec,
            MessageSigner signer) {
        return new DirectExchange(directory, producer, receipts, metrics, codec.mapper(), signer.certificateBase64());
    }

    @Bean
    InboundMessageReceiver inboundMessageReceiver(
            CrossflagProperties properties,
            InboundMessageVerifier verifier,
            InboundMessageStore store,
            InboundMetrics metrics,
            RejectionResponses rejections,
            EnvelopeCodec codec) {
        return new InboundMessageReceiver(
                properties.node().code(), verifier, store, metrics, rejections, codec.mapper());
    }

    @Bean
    InboundMessageRoute inboundMessageRoute(InboundMessageReceiver receiver) {
        return new InboundMessageRoute(receiver);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            CrossflagProperties properties, RejectionResponses rejections) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.exchange().maxBodyBytes(), rejections));
        registration.addUrlPatterns("/federation/*");
        return registration;
    }

    @Bean
    FederationSender federationSender(
            CrossflagProperties properties,
            DirectoryService directory,
            EnvelopeCodec codec,
            MessageSigner signer,
            Clock clock) {
        return new FederationSender(
                properties.node().code(),
                directory,
                codec,
                signer,
                clock,
                properties.exchange().messageLifetime());
    }

    @Bean
    OutboundMessageRoute outboundMessageRoute() {
        return new OutboundMessageRoute();
    }

    /** Outbound mutual TLS for Camel's HTTP component: this node's TLS key, trusting only the federation CA. */
    @Bean
    SSLContextParameters federationClientTls(CrossflagProperties properties) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + properties.tls().keystore().toAbsolutePath());
        keyStore.setPassword(properties.tls().keystorePassword());
        keyStore.setType("PKCS12");
        KeyManagersParameters keyManagers = new KeyManagersParameters();
        keyManagers.setKeyStore(keyStore);
        keyManagers.setKeyPassword(properties.tls().keystorePassword());

        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + properties.tls().truststore().toAbsolutePath());
        trustStore.setPassword(properties.tls().truststorePassword());
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);

        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setKeyManagers(keyManagers);
        parameters.setTrustManagers(trustManagers);
        parameters.setSecureSocketProtocol("TLSv1.3");
        return parameters;
    }

    @Bean
    PeerReachability peerReachability(
            CrossflagProperties properties, DirectoryService directory, ProducerTemplate producer, Clock clock) {
        return new PeerReachability(properties.node().code(), directory, producer, clock);
    }

    @Bean
    PeerReachabilityRoute peerReachabilityRoute(PeerReachability reachability) {
        return new PeerReachabilityRoute(reachability);
    }
}
