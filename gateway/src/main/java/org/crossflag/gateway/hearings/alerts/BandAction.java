package org.crossflag.gateway.hearings.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.matching.MatchBand;

/**
 * What a hit's band does at the referring force. A match is trusted: the alert opens and the holding force is told.
 * A possible match is not: the alert waits for a coordinator's review and no other force hears of it until then.
 */
enum BandAction {
    OPEN_AND_TELL_HOLDER(AlertStatus.OPEN, true),
    AWAIT_REVIEW(AlertStatus.REVIEW, false);

    private final AlertStatus status;
    private final boolean tellsHolder;

    BandAction(AlertStatus status, boolean tellsHolder) {
        this.status = status;
        this.tellsHolder = tellsHolder;
    }

    static BandAction forBand(MatchBand band) {
        return switch (band) {
            case MATCH -> OPEN_AND_TELL_HOLDER;
            // Holders send no NO_MATCH hits (hit.schema.json); were one to come, a coordinator looks first.
            case POSSIBLE_MATCH, NO_MATCH -> AWAIT_REVIEW;
        };
    }

    /** @param band a hit's band as it travels and is stored; a name that is no band is left to a coordinator */
    static BandAction forBand(String band) {
        return Arrays.stream(MatchBand.values())
                .filter(known -> known.name().equals(band))
                .findFirst()
                .map(BandAction::forBand)
                .orElse(AWAIT_REVIEW);
    }

    /** The status the new alert starts in. */
    AlertStatus status() {
        return status;
    }

    /** Whether the holding force gets a CrossAreaAlert now. */
    boolean tellsHolder() {
        return tellsHolder;
    }

    /**
     * The hearing dates the risk flags count for a new alert: every matched hearing of the query (a match already
     * stored is among them) and, for a possible match, its own date, so a coordinator sees the flags it would carry
     * if confirmed.
     *
     * A hearing that recorded the person as a victim is no hearing of them as a perpetrator: it is never counted.
     *
     * @param queryHits the query's stored hits, this one included
     */
    static List<LocalDate> flaggedHearings(List<Hit> queryHits, Hit hit) {
        List<LocalDate> heard = new ArrayList<>();
        queryHits.stream()
                .filter(h -> !h.onVictimRecord() && forBand(h.band()) == OPEN_AND_TELL_HOLDER)
                .forEach(h -> heard.add(h.heardOn()));
        if (!hit.onVictimRecord() && forBand(hit.band()) != OPEN_AND_TELL_HOLDER) {
            heard.add(hit.heardOn());
        }
        return heard;
    }
}
