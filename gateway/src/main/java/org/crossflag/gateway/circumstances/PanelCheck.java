package org.crossflag.gateway.circumstances;

import java.util.List;

import org.crossflag.gateway.hearings.alerts.CircumstanceNotice.PanelKnowledge;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.MatchingNotConfiguredException;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchingException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether this force's panels heard a person, from the blinded encoding alone, as a prior-hearing query is answered:
 * the candidates of the hearing index that have a hearing here, at their best band. A node without a matching key, or
 * an encoding under a key version it no longer accepts, cannot say: NOT_CHECKED, never NOT_HEARD.
 */
final class PanelCheck {

    /** @param band the best band of a heard candidate (MATCH, POSSIBLE_MATCH), or NONE */
    record Result(PanelKnowledge knowledge, String band) {}

    private final HearingMatching matching;
    private final HearingRepository hearings;

    PanelCheck(HearingMatching matching, HearingRepository hearings) {
        this.matching = matching;
        this.hearings = hearings;
    }

    Result check(JsonNode encodingWire) {
        List<MatchCandidate> candidates;
        try {
            IdentityEncoding encoding = matching.readQuery(encodingWire);
            candidates = matching.candidates(encoding);
        } catch (MatchingNotConfiguredException | MatchingException e) {
            return new Result(PanelKnowledge.NOT_CHECKED, "NONE");
        }
        MatchBand best = null;
        for (MatchCandidate candidate : candidates) {
            if (candidate.band() == MatchBand.NO_MATCH
                    || hearings.hearingsOf(candidate.localId()).isEmpty()) {
                continue;
            }
            if (best == null || candidate.band() == MatchBand.MATCH) {
                best = candidate.band();
            }
        }
        if (best == null) {
            return new Result(PanelKnowledge.NOT_HEARD, "NONE");
        }
        return best == MatchBand.MATCH
                ? new Result(PanelKnowledge.HEARD, best.name())
                : new Result(PanelKnowledge.POSSIBLY_HEARD, best.name());
    }
}
