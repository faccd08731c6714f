package org.crossflag.gateway.federation.outbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for messages queued outside any transaction. Concurrent callers hand their messages to a few writer
 * threads; each takes all that are waiting and queues them in a single transaction: one commit, and on H2 one
 * store write, instead of one each. A second writer lets one batch's signing and statements run while another
 * commits; more writers than that only make the batches, and so the savings, smaller. Each caller still returns
 * only once its message is committed, so nothing it was told was queued can be lost. Within a batch,
 * correlations are locked in a fixed order; if the batch fails, each message is tried again in a transaction of
 * its own, so one bad message fails only its own caller.
 */
final class OutboxGroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxGroupCommit.class);
    static final int MAX_BATCH = 64;
    private static final Comparator<Pending> LOCK_ORDER = Comparator.comparing(
                    (Pending p) -> p.message().recipient())
            .thenComparing(p -> Objects.requireNonNullElse(p.message().correlationId(), ""));

    private final Function<OutgoingMessage, String> queueInTransaction;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean open = true;

    OutboxGroupCommit(
            Function<OutgoingMessage, String> queueInTransaction, TransactionTemplate transactions, int writerCount) {
        this.queueInTransaction = queueInTransaction;
        this.transactions = transactions;
        for (int i = 0; i < writerCount; i++) {
            Thread writer = new Thread(this::writeBatches, "outbox-group-commit-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Queues the message in the next batch and waits until that batch has committed; returns the message id. */
    String queue(OutgoingMessage message) {
        if (!open) {
            throw new IllegalStateException("the outbox is closed");
        }
        Pending pending = new Pending(message, new CompletableFuture<>());
        waiting.add(pending);
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (open) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                break;
            }
            waiting.drainTo(batch, MAX_BATCH - 1);
            write(batch);
            batch.clear();
        }
        Pending left;
        while ((left = waiting.poll()) != null) {
            left.result().completeExceptionally(new IllegalStateException("the outbox is closed"));
        }
    }

    private void write(List<Pending> batch) {
        batch.sort(LOCK_ORDER);
        List<String> ids;
        try {
            ids = transactions.execute(status -> batch.stream()
                    .map(p -> queueInTransaction.apply(p.message()))
                    .toList());
        } catch (RuntimeException batchFailed) {
            if (batch.size() > 1) {
                log.debug(
                        "Group commit of {} messages failed, queueing them one by one: {}",
                        batch.size(),
                        batchFailed.getClass().getSimpleName());
            }
            for (Pending pending : batch) {
                try {
                    pending.result()
                            .complete(transactions.execute(status -> queueInTransaction.apply(pending.message())));
                } catch (RuntimeException e) {
                    pending.result().completeExceptionally(e);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(ids.get(i));
        }
    }

    @Override
    public void close() {
        open = false;
        writers.forEach(Thread::interrupt);
    }

    private record Pending(OutgoingMessage message, CompletableFuture<String> result) {}
}
