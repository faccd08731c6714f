package org.crossflag.gateway.federation.health;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.crossflag.gateway.crypto.Fingerprints;

/**
 * Recognises the keys committed to the repository, which are public: the example PKI's root CA (by its SHA-256
 * fingerprint, or by the name the example generator gives it, so a regenerated example set is caught too) and the
 * demo matching secret (by the SHA-256 of its bytes). A node that trusts the example CA or matches with the demo
 * secret protects nothing.
 */
final class ExampleKeys {

    /** certs-example/example/federation-root-ca.pem. */
    static final Set<String> EXAMPLE_ROOT_CA_SHA256 =
            Set.of("de074660321000d875a340cb2a26f0dc7c842ddec4f6aec719ce67405623af44");
    /** The common name certs-example's generate command gives its root CA. */
    static final String EXAMPLE_ROOT_CA_COMMON_NAME = "Crossflag Example Root CA";
    /** The SHA-256 of the 32 bytes in demo/matching/federation-matching-v1.key. */
    static final Set<String> DEMO_MATCHING_SECRET_SHA256 =
            Set.of("fca4b10406ece392d2a43e00bd87b66283de9262366402d00363cdc57fc51cca");

    private ExampleKeys() {}

    static boolean isExampleRootCa(X509Certificate certificate) {
        if (EXAMPLE_ROOT_CA_SHA256.contains(Fingerprints.sha256(certificate))) {
            return true;
        }
        String name = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        return name.contains("CN=" + EXAMPLE_ROOT_CA_COMMON_NAME);
    }

    static boolean isDemoMatchingSecret(byte[] secret) {
        return DEMO_MATCHING_SECRET_SHA256.contains(Fingerprints.sha256(secret));
    }

    /**
     * What a node runs with, and what to say about it.
     *
     * @param exampleRootCa   the federation trust anchor is the example PKI's root CA
     * @param demoMatchingKey a configured matching secret is the demo's
     * @param demo            the node says it belongs to the loopback demo ({@code crossflag.demo})
     */
    record Finding(boolean exampleRootCa, boolean demoMatchingKey, boolean demo) {

        boolean any() {
            return exampleRootCa || demoMatchingKey;
        }

        /** The warning, when public keys are in use; the same words go to the log and to health. */
        Optional<String> warning() {
            if (!any()) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder("PUBLIC KEYS IN USE: this node runs with ");
            if (exampleRootCa) {
                text.append("the example PKI (its root CA and every key under certs-example/example are public)");
            }
            if (exampleRootCa && demoMatchingKey) {
                text.append(" and ");
            }
            if (demoMatchingKey) {
                text.append("the demo matching key (demo/matching: encodings made with it protect nothing)");
            }
            text.append(
                    demo
                            ? ". Expected in the demo (crossflag.demo is true); never outside it."
                            : ". Anyone can impersonate members or undo the blinding: use a federation's own PKI and secret.");
            return Optional.of(text.toString());
        }
    }
}
