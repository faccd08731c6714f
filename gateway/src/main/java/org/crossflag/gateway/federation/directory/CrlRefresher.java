package org.crossflag.gateway.federation.directory;

import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.function.Supplier;

import org.crossflag.gateway.crypto.FederationTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the federation CRL with the directory, from the same kind of place ({@code file:} or {@code https://}),
 * and puts it in force if the federation root CA signed it and it is newer than the one in force. The node's
 * local CRL file is offered too, as the initial value and the fallback: whichever is newest wins, and an older
 * CRL never replaces a newer one.
 */
public final class CrlRefresher {

    private static final Logger log = LoggerFactory.getLogger(CrlRefresher.class);

    private final FederationTrust trust;
    private final DirectorySource source;
    private final String location;
    private final Supplier<X509CRL> localFile;
    private volatile String lastProblem;

    public CrlRefresher(FederationTrust trust, DirectorySource source, String location, Supplier<X509CRL> localFile) {
        this.trust = trust;
        this.source = source;
        this.location = location;
        this.localFile = localFile;
    }

    /** Offers the local file, then the CRL at the location; false when the fetched CRL was not put in force. */
    public boolean refresh() {
        try {
            trust.offerCrl(localFile.get());
        } catch (RuntimeException e) {
            log.warn("Local CRL file refused, keeping the CRL in force: {}", e.getMessage());
        }
        String problem = null;
        try {
            X509CRL fetched = parse(source.readBytes(location));
            if (!trust.offerCrl(fetched)) {
                problem = "CRL at " + location + " issued "
                        + fetched.getThisUpdate().toInstant() + " is older than the one in force ("
                        + trust.crlThisUpdate() + ")";
            }
        } catch (DirectoryVerificationException | IllegalStateException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            log.warn(
                    "CRL refresh from {} refused, keeping the CRL issued {}: {}",
                    location,
                    trust.crlThisUpdate(),
                    problem);
        }
        lastProblem = problem;
        return problem == null;
    }

    public String location() {
        return location;
    }

    /** Why the last fetch from the location was not put in force; null when it was. */
    public String lastProblem() {
        return lastProblem;
    }

    private X509CRL parse(byte[] bytes) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
        } catch (CertificateException | CRLException | ClassCastException e) {
            throw new DirectoryVerificationException("not a readable X.509 CRL: " + location);
        }
    }
}
