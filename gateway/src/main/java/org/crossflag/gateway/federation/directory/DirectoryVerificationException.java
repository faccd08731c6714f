package org.crossflag.gateway.federation.directory;

/** A directory document this node will not trust: bad signature, bad operator certificate or bad content. */
public class DirectoryVerificationException extends RuntimeException {

    public DirectoryVerificationException(String message) {
        super(message);
    }

    public DirectoryVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
