package org.crossflag.gateway.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;

import org.crossflag.gateway.node.InvalidConfigurationException;

/** Reads the PEM and PKCS#12 files a node is configured with. Errors name the configuration key. */
public final class CertificateFiles {

    private CertificateFiles() {}

    public static X509Certificate readCertificate(String key, Path file) {
        try (InputStream in = open(key, file)) {
            return (X509Certificate) factory().generateCertificate(in);
        } catch (IOException | CertificateException | ClassCastException e) {
            throw new InvalidConfigurationException(key, "not a readable X.509 certificate: " + file, e);
        }
    }

    public static X509CRL readCrl(String key, Path file) {
        try (InputStream in = open(key, file)) {
            return (X509CRL) factory().generateCRL(in);
        } catch (Exception e) {
            throw new InvalidConfigurationException(key, "not a readable X.509 CRL: " + file, e);
        }
    }

    /** The first private-key entry of a PKCS#12 file, with its certificate chain. */
    public static KeyEntry readKeyEntry(String key, Path file, char[] password) {
        try (InputStream in = open(key, file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
                    X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
                    return new KeyEntry(alias, privateKey, certificate);
                }
            }
            throw new InvalidConfigurationException(key, "no private key entry in " + file);
        } catch (InvalidConfigurationException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidConfigurationException(
                    key, "cannot open PKCS#12 file " + file + " (wrong password or not PKCS#12)", e);
        }
    }

    /** Decodes the base64 DER certificate a peer sends in a header; returns null when it is not a certificate. */
    public static X509Certificate decodeBase64Der(String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (X509Certificate) factory().generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
            return null;
        }
    }

    private static InputStream open(String key, Path file) throws IOException {
        if (file == null) {
            throw new InvalidConfigurationException(key, "is required");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidConfigurationException(key, "file not found or not readable: " + file.toAbsolutePath());
        }
        return Files.newInputStream(file);
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }

    public record KeyEntry(String alias, PrivateKey privateKey, X509Certificate certificate) {}
}
