package org.crossflag.gateway.federation.inbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the messages of one processing round: for each sender with work, up to its share of messages that head
 * their correlation and are due, taken in turn across senders. A due message found behind an earlier one of its
 * correlation is not taken: its whole queue is parked (see {@link InboxRepository#parkBehind}), so it never
 * fills a later round's view. One member's backlog, or a message of its that is waiting for a retry, therefore
 * costs the other members nothing.
 */
final class InboxClaim {

    /** Re-reads of one sender's due messages after parking, so a round still finds its share behind parked queues. */
    private static final int PASSES = 3;

    private final InboxRepository repository;
    private final TransactionTemplate transactions;
    private final int perPeer;

    InboxClaim(InboxRepository repository, TransactionTemplate transactions, int perPeer) {
        this.repository = repository;
        this.transactions = transactions;
        this.perPeer = perPeer;
    }

    /** Message ids for one round, read without locks: processing locks each and checks it again. */
    List<String> nextRound(Instant now) {
        Map<String, List<String>> bySender = new LinkedHashMap<>();
        for (String sender : repository.sendersWithWork()) {
            List<String> heads = headsOf(sender, now);
            if (!heads.isEmpty()) {
                bySender.put(sender, heads);
            }
        }
        return FairRound.interleave(bySender);
    }

    private List<String> headsOf(String sender, Instant now) {
        Set<String> heads = new LinkedHashSet<>();
        for (int pass = 0; pass < PASSES && heads.size() < perPeer; pass++) {
            int parked = 0;
            for (InboxRepository.Candidate candidate : repository.due(sender, now, perPeer + heads.size())) {
                Optional<InboxRepository.Candidate> earlier = repository.earlierReceived(candidate);
                if (earlier.isEmpty()) {
                    heads.add(candidate.messageId());
                } else {
                    Integer moved = transactions.execute(status -> repository.parkBehind(earlier.get()));
                    parked += moved == null ? 0 : moved;
                }
            }
            if (parked == 0) {
                break;
            }
        }
        return heads.stream().limit(perPeer).toList();
    }
}
