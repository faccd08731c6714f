package org.crossflag.gateway.crypto;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether the CRL in force can still vouch that nothing was revoked. A CRL goes stale at its next
 * update, or once it is older than the maximum age (counted from its thisUpdate), whichever comes first: a
 * CRL without a next update, or with one years away, is not fresh for ever.
 */
public final class CrlFreshness {

    private final Duration maxAge;

    public CrlFreshness(Duration maxAge) {
        if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the maximum CRL age must be positive");
        }
        this.maxAge = maxAge;
    }

    public Verdict judge(Instant thisUpdate, Instant nextUpdate, Instant now) {
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Instant tooOld = thisUpdate.plus(maxAge);
        boolean nextUpdateFirst = nextUpdate != null && nextUpdate.isBefore(tooOld);
        Instant staleAfter = nextUpdateFirst ? nextUpdate : tooOld;
        if (!now.isAfter(staleAfter)) {
            return new Verdict(State.FRESH, staleAfter);
        }
        return new Verdict(nextUpdateFirst ? State.PAST_NEXT_UPDATE : State.PAST_MAXIMUM_AGE, staleAfter);
    }

    /** The verdict on the CRL the given trust holds now. */
    public Verdict of(FederationTrust trust, Instant now) {
        return judge(trust.crlThisUpdate(), trust.crlNextUpdate(), now);
    }

    public Duration maxAge() {
        return maxAge;
    }

    public enum State {
        FRESH,
        PAST_NEXT_UPDATE,
        PAST_MAXIMUM_AGE
    }

    /** @param staleAfter the last instant at which the CRL counts as fresh */
    public record Verdict(State state, Instant staleAfter) {

        public boolean fresh() {
            return state == State.FRESH;
        }
    }
}
