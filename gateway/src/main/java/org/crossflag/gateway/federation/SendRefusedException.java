package org.crossflag.gateway.federation;

/** This node will not send a message at all (unknown recipient, type not accepted, expired directory...). */
public class SendRefusedException extends RuntimeException {

    public SendRefusedException(String message) {
        super(message);
    }
}
