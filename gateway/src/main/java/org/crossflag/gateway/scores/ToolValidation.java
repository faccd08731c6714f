package org.crossflag.gateway.scores;

import org.crossflag.adapter.UnknownCodeException;

/** How far a tool's validity is established in published studies, as {@code score-tools.schema.json} names it. */
public enum ToolValidation {
    /** Published studies support it for what it measures. */
    VALIDATED,
    /** Some published validation, limited in scope. */
    PARTLY_VALIDATED,
    /** Published studies disagree, or find it weak. */
    CONTESTED,
    /** No rigorous published evaluation of what it predicts. */
    NOT_VALIDATED;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static ToolValidation fromWire(String code) {
        for (ToolValidation validation : values()) {
            if (validation.name().equals(code)) {
                return validation;
            }
        }
        throw new UnknownCodeException("tool validation", code);
    }
}
