package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;

/** Where the decision to disclose or not was taken. The wire code is the constant's name. */
public enum DecisionForum {
    /** A local decision-making panel of the police and partner agencies. */
    LOCAL_DECISION_MAKING_PANEL,
    /** A multi-agency risk assessment conference. */
    MARAC,
    /** A senior officer alone, where the matter could not wait for a panel. */
    SENIOR_OFFICER;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static DecisionForum fromWire(String code) {
        for (DecisionForum value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("decision forum", code);
    }
}
