package org.crossflag.gateway.federation.directory;

import org.crossflag.gateway.node.CodedException;

/** A directory document this node will not trust: bad signature, bad operator certificate or bad content. */
public class DirectoryVerificationException extends CodedException {

    public static final String REASON = "DIRECTORY_UNTRUSTED";

    public DirectoryVerificationException(String message) {
        super(message);
    }

    public DirectoryVerificationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String reasonCode() {
        return REASON;
    }
}
