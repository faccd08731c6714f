package org.crossflag.gateway.scores;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Whose risk or harm a tool's score is about, as {@code score-tools.schema.json} names it ({@code assesses}). The two
 * are not interchangeable: a high harm ranking says nothing of the risk one victim faces, and the reverse.
 */
public enum ScoredSubject {
    /** The risk of serious harm the victim faces (DASH, SASH). */
    VICTIM_RISK,
    /** How much harm a perpetrator causes, which ranks perpetrators (RFG, FRGV, PPIT). */
    PERPETRATOR_HARM;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static ScoredSubject fromWire(String code) {
        for (ScoredSubject subject : values()) {
            if (subject.name().equals(code)) {
                return subject;
            }
        }
        throw new UnknownCodeException("scored subject", code);
    }
}
