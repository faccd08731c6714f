package org.crossflag.gateway.federation.inbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The order of one processing round: each sender's share taken in turn, one message at a time. */
final class FairRound {

    private FairRound() {}

    /** Interleaves the senders' lists (in the map's order), so no sender's share waits behind another's. */
    static <T> List<T> interleave(Map<String, List<T>> bySender) {
        List<Iterator<T>> queues =
                new ArrayList<>(bySender.values().stream().map(List::iterator).toList());
        List<T> round = new ArrayList<>();
        while (!queues.isEmpty()) {
            Iterator<Iterator<T>> turn = queues.iterator();
            while (turn.hasNext()) {
                Iterator<T> queue = turn.next();
                if (queue.hasNext()) {
                    round.add(queue.next());
                } else {
                    turn.remove();
                }
            }
        }
        return round;
    }
}
