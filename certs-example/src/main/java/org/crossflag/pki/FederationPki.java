package org.crossflag.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * Makes and stores the credentials of the example federation: an EC P-256 root CA, per-member TLS (EC P-256)
 * and message-signing (Ed25519) certificates, the directory operator's certificate and CRLs.
 */
public final class FederationPki {

    public static final String ORGANISATION = "Crossflag Example Federation";

    /**
     * Extended key usage that marks a directory operator certificate. It sits under an example private
     * enterprise arc (55555), not a registered one; a real federation must use its own.
     */
    public static final String DIRECTORY_SIGNING_EKU = "1.3.6.1.4.1.55555.1.1";

    private FederationPki() {}

    public static Credential createRootCa(String commonName, Instant notBefore, Instant notAfter) {
        return CertificateIssuer.rootCa(commonName, notBefore, notAfter);
    }

    public static Credential issueTlsCredential(Credential ca, String memberCode, Instant notBefore, Instant notAfter) {
        return CertificateIssuer.tls(ca, memberCode, notBefore, notAfter);
    }

    public static Credential issueSigningCredential(
            Credential ca, String memberCode, Instant notBefore, Instant notAfter) {
        return CertificateIssuer.signing(ca, memberCode, notBefore, notAfter);
    }

    public static Credential issueOperatorCredential(
            Credential ca, String operatorName, Instant notBefore, Instant notAfter) {
        return CertificateIssuer.operator(ca, operatorName, notBefore, notAfter);
    }

    /** A v2 CRL listing every given certificate as revoked for key compromise at {@code thisUpdate}. */
    public static X509CRL createCrl(
            Credential ca, Collection<X509Certificate> revoked, Instant thisUpdate, Instant nextUpdate) {
        return CertificateIssuer.crl(ca, revoked, thisUpdate, nextUpdate);
    }

    /** A new CRL with the same revocations as {@code previous}, issued at {@code thisUpdate}. */
    public static X509CRL reissueCrl(Credential ca, X509CRL previous, Instant thisUpdate, Instant nextUpdate) {
        return CertificateIssuer.reissueCrl(ca, previous, thisUpdate, nextUpdate);
    }

    /** Raw 64-byte Ed25519 signature (RFC 8032), as {@code openssl pkeyutl -rawin} checks it. */
    public static byte[] signEd25519(PrivateKey key, byte[] data) {
        AsymmetricKeyParameter parameters;
        try {
            // Going through PKCS#8 accepts keys from any provider, including ones loaded by the plain JDK.
            parameters = PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(key.getEncoded()));
        } catch (IOException | RuntimeException e) {
            throw new PkiException("cannot read private key for Ed25519 signing", e);
        }
        if (!(parameters instanceof Ed25519PrivateKeyParameters ed25519)) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, ed25519);
        signer.update(data, 0, data.length);
        return signer.generateSignature();
    }

    /** Lowercase hex SHA-256 of the certificate's DER encoding, without separators. */
    public static String sha256Fingerprint(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot fingerprint certificate", e);
        }
    }

    /** PKCS#12 with one private key entry; {@code chain} starts with the key's own certificate. */
    public static void writePkcs12(Path file, String alias, char[] password, PrivateKey key, X509Certificate... chain) {
        PkiFiles.writePkcs12(file, alias, password, key, chain);
    }

    /** PKCS#12 of trusted certificates, each under an alias made from its common name (e.g. "federation-root-ca"). */
    public static void writeTrustStore(Path file, char[] password, X509Certificate... trusted) {
        Map<String, X509Certificate> byAlias = new LinkedHashMap<>();
        for (X509Certificate cert : trusted) {
            if (byAlias.putIfAbsent(aliasFor(cert), cert) != null) {
                throw new IllegalArgumentException("two trusted certificates share the alias " + aliasFor(cert));
            }
        }
        PkiFiles.writeTrustStore(file, password, byAlias);
    }

    /** PKCS#12 of trusted certificates under the given aliases. */
    public static void writeTrustStore(Path file, char[] password, Map<String, X509Certificate> trustedByAlias) {
        PkiFiles.writeTrustStore(file, password, trustedByAlias);
    }

    public static void writePem(Path file, X509Certificate cert) {
        try {
            PkiFiles.writePem(file, "CERTIFICATE", cert.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot encode certificate for " + file, e);
        }
    }

    public static void writePem(Path file, X509CRL crl) {
        try {
            PkiFiles.writePem(file, "X509 CRL", crl.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot encode CRL for " + file, e);
        }
    }

    /** The certificate's SubjectPublicKeyInfo as a "PUBLIC KEY" PEM, for {@code openssl pkeyutl -pubin}. */
    public static void writePublicKeyPem(Path file, X509Certificate cert) {
        PkiFiles.writePem(file, "PUBLIC KEY", cert.getPublicKey().getEncoded());
    }

    /** The first private key entry and its certificate. */
    public static Credential readPkcs12(Path file, char[] password) {
        return PkiFiles.readPkcs12(file, password);
    }

    public static X509Certificate readCertificatePem(Path file) {
        return PkiFiles.readCertificatePem(file);
    }

    public static X509CRL readCrlPem(Path file) {
        return PkiFiles.readCrlPem(file);
    }

    static String aliasFor(X509Certificate cert) {
        try {
            String cn = null;
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    cn = rdn.getValue().toString();
                }
            }
            String source = cn != null ? cn : cert.getSerialNumber().toString(16);
            return source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        } catch (InvalidNameException e) {
            throw new PkiException("cannot read subject of " + cert.getSubjectX500Principal(), e);
        }
    }
}
