package org.crossflag.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds the certificates and CRLs of the example federation; {@link FederationPki} is the public face. */
final class CertificateIssuer {

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private CertificateIssuer() {}

    static Credential rootCa(String commonName, Instant notBefore, Instant notAfter) {
        KeyPair keys = Keys.ecP256();
        X500Name subject = name(commonName, null);
        checkOrder(notBefore, notAfter);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject, serial(), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        try {
            JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot build root CA certificate", e);
        }
        return new Credential(keys.getPrivate(), sign(builder, keys.getPrivate()));
    }

    static Credential tls(Credential ca, String memberCode, Instant notBefore, Instant notAfter) {
        KeyPair keys = Keys.ecP256();
        X509v3CertificateBuilder builder =
                leaf(ca, name(memberCode + " TLS", memberCode), keys, notBefore, notAfter, KeyUsage.digitalSignature);
        GeneralNames names = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")
        });
        try {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
            }));
            builder.addExtension(Extension.subjectAlternativeName, false, names);
        } catch (IOException e) {
            throw new PkiException("cannot build TLS certificate for " + memberCode, e);
        }
        return new Credential(keys.getPrivate(), sign(builder, ca.privateKey()));
    }

    static Credential signing(Credential ca, String memberCode, Instant notBefore, Instant notAfter) {
        KeyPair keys = Keys.ed25519();
        X509v3CertificateBuilder builder = leaf(
                ca,
                name(memberCode + " message signing", memberCode),
                keys,
                notBefore,
                notAfter,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        return new Credential(keys.getPrivate(), sign(builder, ca.privateKey()));
    }

    static Credential operator(Credential ca, String operatorName, Instant notBefore, Instant notAfter) {
        KeyPair keys = Keys.ed25519();
        X509v3CertificateBuilder builder = leaf(
                ca,
                name(operatorName + " directory operator", null),
                keys,
                notBefore,
                notAfter,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        KeyPurposeId directorySigning =
                KeyPurposeId.getInstance(new ASN1ObjectIdentifier(FederationPki.DIRECTORY_SIGNING_EKU));
        try {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(directorySigning));
        } catch (IOException e) {
            throw new PkiException("cannot build operator certificate for " + operatorName, e);
        }
        return new Credential(keys.getPrivate(), sign(builder, ca.privateKey()));
    }

    static X509CRL crl(Credential ca, Collection<X509Certificate> revoked, Instant thisUpdate, Instant nextUpdate) {
        checkOrder(thisUpdate, nextUpdate);
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca.certificate(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (X509Certificate certificate : revoked) {
            requireIssuedBy(ca, certificate);
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
        }
        try {
            // Epoch seconds keep CRL numbers increasing across reissues without storing state.
            builder.addExtension(
                    Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils()
                            .createAuthorityKeyIdentifier(ca.certificate().getPublicKey()));
            ContentSigner signer = signer(ca.privateKey());
            return (X509CRL) jdkFactory()
                    .generateCRL(new ByteArrayInputStream(builder.build(signer).getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot build CRL", e);
        }
    }

    /** The same revocations as {@code previous} (which the CA must have signed), under new update times. */
    static X509CRL reissueCrl(Credential ca, X509CRL previous, Instant thisUpdate, Instant nextUpdate) {
        checkOrder(thisUpdate, nextUpdate);
        try {
            previous.verify(ca.certificate().getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new PkiException("the CRL to reissue was not signed by this root CA", e);
        }
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca.certificate(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        if (previous.getRevokedCertificates() != null) {
            previous.getRevokedCertificates()
                    .forEach(entry -> builder.addCRLEntry(
                            entry.getSerialNumber(), entry.getRevocationDate(), CRLReason.keyCompromise));
        }
        try {
            builder.addExtension(
                    Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils()
                            .createAuthorityKeyIdentifier(ca.certificate().getPublicKey()));
            return (X509CRL) jdkFactory()
                    .generateCRL(new ByteArrayInputStream(
                            builder.build(signer(ca.privateKey())).getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot build CRL", e);
        }
    }

    /** A serial number only means something to the CA that issued it. */
    private static void requireIssuedBy(Credential ca, X509Certificate certificate) {
        try {
            if (certificate.getIssuerX500Principal().equals(ca.certificate().getSubjectX500Principal())) {
                certificate.verify(ca.certificate().getPublicKey());
                return;
            }
        } catch (GeneralSecurityException e) {
            // reported below
        }
        throw new PkiException("not issued by this CA: " + certificate.getSubjectX500Principal());
    }

    private static X509v3CertificateBuilder leaf(
            Credential ca, X500Name subject, KeyPair keys, Instant notBefore, Instant notAfter, int keyUsage) {
        checkOrder(notBefore, notAfter);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                ca.certificate(), serial(), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        try {
            JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(keys.getPublic()));
            // Key id only: issuer name and serial would tie leaves to one CA certificate rather than its key.
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    ids.createAuthorityKeyIdentifier(ca.certificate().getPublicKey()));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot build certificate " + subject, e);
        }
        return builder;
    }

    /** Added least significant last, so the JDK prints it as "CN=..., OU=..., O=...". */
    private static X500Name name(String commonName, String organisationalUnit) {
        requireText(commonName, "common name");
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, FederationPki.ORGANISATION);
        if (organisationalUnit != null) {
            requireText(organisationalUnit, "member code");
            name.addRDN(BCStyle.OU, organisationalUnit);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static BigInteger serial() {
        BigInteger serial;
        do {
            serial = new BigInteger(128, Keys.RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }

    private static void checkOrder(Instant start, Instant end) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start " + start + " is not before end " + end);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey caKey) {
        try {
            byte[] der = builder.build(signer(caKey)).getEncoded();
            return (X509Certificate) jdkFactory().generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot sign certificate", e);
        }
    }

    private static ContentSigner signer(PrivateKey caKey) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                    .setProvider(Keys.BC)
                    .build(caKey);
        } catch (OperatorCreationException e) {
            throw new PkiException("cannot create " + SIGNATURE_ALGORITHM + " signer", e);
        }
    }

    /** JDK objects, so callers' PKIX validation and TLS code see the same classes they would load from files. */
    static CertificateFactory jdkFactory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }
}
