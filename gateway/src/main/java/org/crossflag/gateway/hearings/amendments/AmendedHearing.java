package org.crossflag.gateway.hearings.amendments;

import java.util.List;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.hearings.records.HearingRepository;

/**
 * Which stored hearing a correction or withdrawal from an adapter is about. Hearings are unique per adapter, forum and
 * reference; a correction may change the forum, and a withdrawal names no forum. So: the hearing in the forum named,
 * else the one hearing under the reference; none is {@code RECORD_NOT_FOUND}, several is {@code REFERENCE_AMBIGUOUS}.
 */
final class AmendedHearing {

    static final String NOT_FOUND = "RECORD_NOT_FOUND";
    static final String AMBIGUOUS = "REFERENCE_AMBIGUOUS";

    private AmendedHearing() {}

    /**
     * @param live  the hearings not withdrawn that the adapter delivered under the reference
     * @param forum the forum the amendment names, or null when it names none
     */
    static HearingRepository.StoredHearing find(List<HearingRepository.StoredHearing> live, Forum forum) {
        if (forum != null) {
            for (HearingRepository.StoredHearing hearing : live) {
                if (hearing.forum() == forum) {
                    return hearing;
                }
            }
        }
        if (live.isEmpty()) {
            throw new RejectedRecordException(NOT_FOUND, "no hearing is held under localReference from this source");
        }
        if (live.size() > 1) {
            throw new RejectedRecordException(
                    AMBIGUOUS, "localReference names hearings in several forums: the forum is needed");
        }
        return live.get(0);
    }
}
