package org.crossflag.pki;

/** Raised when a certificate, key or key store cannot be made, read or written. */
public final class PkiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }

    public PkiException(String message) {
        super(message);
    }
}
