package org.crossflag.pki;

/** A bad command line; the message names the offending argument. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
