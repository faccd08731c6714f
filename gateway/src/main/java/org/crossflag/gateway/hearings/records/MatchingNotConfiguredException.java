package org.crossflag.gateway.hearings.records;

import org.crossflag.gateway.node.CodedException;

/** This node holds no matching key, so it cannot take part in a prior-hearing query. */
public final class MatchingNotConfiguredException extends CodedException {

    MatchingNotConfiguredException(String message) {
        super(message, null, false, false);
    }

    @Override
    public String reasonCode() {
        return HearingMatching.NOT_CONFIGURED;
    }
}
