package org.crossflag.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;

import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/** Key stores and PEM files, using the plain JDK key store so any Java node can read what is written here. */
final class PkiFiles {

    private PkiFiles() {}

    static void writePkcs12(Path file, String alias, char[] password, PrivateKey key, X509Certificate... chain) {
        try {
            KeyStore store = emptyPkcs12();
            store.setKeyEntry(alias, Keys.pkcs8V1(key), password, chain);
            save(store, file, password);
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot write " + file, e);
        }
    }

    static void writeTrustStore(Path file, char[] password, Map<String, X509Certificate> trustedByAlias) {
        try {
            KeyStore store = emptyPkcs12();
            for (Map.Entry<String, X509Certificate> entry : trustedByAlias.entrySet()) {
                store.setCertificateEntry(entry.getKey(), entry.getValue());
            }
            save(store, file, password);
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot write " + file, e);
        }
    }

    static Credential readPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    if (key instanceof PrivateKey privateKey
                            && store.getCertificate(alias) instanceof X509Certificate cert) {
                        return new Credential(privateKey, cert);
                    }
                }
            }
            throw new PkiException("no private key entry with a certificate in " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot read " + file, e);
        }
    }

    static void writePem(Path file, String type, byte[] der) {
        try {
            createParent(file);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                    PemWriter pem = new PemWriter(out)) {
                pem.writeObject(new PemObject(type, der));
            }
        } catch (IOException e) {
            throw new PkiException("cannot write " + file, e);
        }
    }

    static X509Certificate readCertificatePem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            // The JDK factory reads PEM directly and gives the same classes the rest of the code uses.
            return (X509Certificate) CertificateIssuer.jdkFactory().generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot read certificate " + file, e);
        }
    }

    static X509CRL readCrlPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateIssuer.jdkFactory().generateCRL(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot read CRL " + file, e);
        }
    }

    private static KeyStore emptyPkcs12() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new PkiException("cannot initialise PKCS#12 key store", e);
        }
        return store;
    }

    private static void save(KeyStore store, Path file, char[] password) throws GeneralSecurityException {
        try {
            createParent(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
        } catch (IOException e) {
            throw new PkiException("cannot write " + file, e);
        }
    }

    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
