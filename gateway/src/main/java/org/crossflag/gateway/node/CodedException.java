package org.crossflag.gateway.node;

/**
 * A refusal or failure of this node that carries a reason code: the code, not the message, is what callers,
 * metrics and logs act on. The message names fields and codes, never a person.
 *
 * <p>Imports nothing of this node, so any package may extend it. A package the root package imports (today
 * {@code matching}, through the match-eval command) must not, or the two would import each other.
 */
public abstract class CodedException extends RuntimeException {

    protected CodedException(String message) {
        super(message);
    }

    protected CodedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** For refusals expected in normal running: no stack trace, no suppressed exceptions. */
    protected CodedException(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }

    /** Upper-case code saying why, e.g. {@code DIRECTORY_EXPIRED}; never null. */
    public abstract String reasonCode();
}
