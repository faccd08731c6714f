package org.crossflag.gateway.crypto;

import java.security.cert.X509Certificate;
import java.time.Clock;

import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The node's keys and its view of the federation PKI, checked at start-up so a bad file names its key. */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    FederationTrust federationTrust(CrossflagProperties properties, Clock clock) {
        X509Certificate anchor = CertificateFiles.readCertificate(
                "crossflag.pki.trust-anchor", properties.pki().trustAnchor());
        if (anchor.getBasicConstraints() < 0) {
            throw new InvalidConfigurationException("crossflag.pki.trust-anchor", "is not a CA certificate");
        }
        try {
            return new FederationTrust(
                    anchor,
                    () -> CertificateFiles.readCrl(
                            "crossflag.pki.crl", properties.pki().crl()),
                    clock);
        } catch (IllegalStateException e) {
            throw new InvalidConfigurationException("crossflag.pki.crl", e.getMessage(), e);
        }
    }

    @Bean
    CrlFreshness crlFreshness(CrossflagProperties properties) {
        return new CrlFreshness(properties.pki().crlMaxAge());
    }

    @Bean
    MessageSigner messageSigner(CrossflagProperties properties, FederationTrust trust) {
        String key = "crossflag.signing.keystore";
        CertificateFiles.KeyEntry entry = CertificateFiles.readKeyEntry(
                key,
                properties.signing().keystore(),
                properties.signing().password().toCharArray());
        MessageSigner signer;
        try {
            signer = new MessageSigner(entry);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    key,
                    "must hold an Ed25519 signing key, found "
                            + entry.privateKey().getAlgorithm());
        }
        requireUsable(key, trust, signer.certificate());
        return signer;
    }

    @Bean
    SignatureVerifier signatureVerifier() {
        return new SignatureVerifier();
    }

    /** A node that would start with a certificate its peers reject must not start at all. */
    static void requireUsable(String key, FederationTrust trust, X509Certificate certificate) {
        CertificateStatus status = trust.check(certificate);
        if (status != CertificateStatus.VALID) {
            throw new InvalidConfigurationException(
                    key, "certificate is " + status + " against crossflag.pki.trust-anchor and crossflag.pki.crl");
        }
    }
}
