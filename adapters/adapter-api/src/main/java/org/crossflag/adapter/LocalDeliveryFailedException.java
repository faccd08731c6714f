package org.crossflag.adapter;

/** A local system did not take a delivery; the reason code says why, e.g. {@code HTTP_503}, {@code TIMEOUT}. */
public class LocalDeliveryFailedException extends RuntimeException {

    private final String reasonCode;

    public LocalDeliveryFailedException(String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
