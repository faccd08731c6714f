package org.crossflag.gateway.hearings.amendments;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.Forum;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of the retention purge: for each forum, the hearings heard before its cutoff ({@link RetentionPeriods})
 * are purged one by one, each in its own transaction ({@link RecordAmendments#purge}), at most
 * {@value #PER_FORUM_PER_ROUND} per forum per round; the next round takes the rest.
 */
public final class RetentionPurge {

    static final int PER_FORUM_PER_ROUND = 200;

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final RetentionPeriods periods;
    private final HearingRepository hearings;
    private final RecordAmendments amendments;

    RetentionPurge(RetentionPeriods periods, HearingRepository hearings, RecordAmendments amendments) {
        this.periods = periods;
        this.hearings = hearings;
        this.amendments = amendments;
    }

    /** @return how many hearings were purged */
    public int sweep() {
        LocalDate today = periods.today();
        int purged = 0;
        for (Forum forum : Forum.values()) {
            List<HearingRepository.StoredHearing> due =
                    hearings.heardBefore(forum, periods.cutoff(forum), PER_FORUM_PER_ROUND);
            for (HearingRepository.StoredHearing hearing : due) {
                amendments.purge(hearing, today);
                log.info("Retention purge hearing={} forum={}", hearing.hearingId(), forum);
                purged++;
            }
        }
        return purged;
    }
}
