package org.crossflag.gateway.hearings.queries;

import java.util.ArrayList;
import java.util.List;

import org.crossflag.gateway.federation.envelope.DataCategory;

/**
 * The data categories a prior-hearing answer declares, and so what the policy must allow this node to send: every
 * answer may flag hearings and name whom to call (an answer without hits says so under the same categories), and a
 * risk score is declared only when a hit carries one.
 */
final class AnswerCategories {

    private AnswerCategories() {}

    /** In the order the envelope lists them: HEARING_FLAG, CONTACT_DETAILS, then RISK_SCORE and VICTIM_LINKS if any. */
    static List<DataCategory> of(List<Hit> hits) {
        List<DataCategory> categories =
                new ArrayList<>(List.of(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS));
        if (hits.stream().anyMatch(hit -> hit.score() != null)) {
            categories.add(DataCategory.RISK_SCORE);
        }
        if (carriesVictims(hits)) {
            categories.add(DataCategory.VICTIM_LINKS);
        }
        return List.copyOf(categories);
    }

    /** Whether any hit carries victims' per-query encodings, which the policy must allow as VICTIM_LINKS. */
    static boolean carriesVictims(List<Hit> hits) {
        return hits.stream().anyMatch(hit -> !hit.victims().isEmpty());
    }
}
