package org.crossflag.gateway.disclosures.applications;

import org.crossflag.gateway.node.CodedException;

/** An application asked to do something its status does not allow; the API answers 409. */
public class ApplicationStateException extends CodedException {

    public static final String REASON = "APPLICATION_STATE_CONFLICT";

    public ApplicationStateException(ApplicationStatus from, ApplicationStatus to) {
        this("an application in " + from + " may not move to " + to);
    }

    public ApplicationStateException(String message) {
        super(message, null, false, false);
    }

    @Override
    public String reasonCode() {
        return REASON;
    }
}
