package org.crossflag.gateway.hearings.records;

import java.time.LocalDate;
import java.util.Objects;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;

/**
 * A hit's fields as a corrected hearing now gives them: what a RecordAmendment carries for a correction.
 *
 * @param score null when the hearing now records no score
 */
public record CorrectedHit(Forum forum, LocalDate heardOn, RiskScore score) {

    public CorrectedHit {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(heardOn, "heardOn");
    }

    /** The hit fields of a stored hearing. */
    public static CorrectedHit of(HearingRepository.StoredHearing hearing) {
        return new CorrectedHit(hearing.forum(), hearing.heardOn(), hearing.score());
    }
}
