package org.crossflag.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one kind of call from a fixed number of threads, for a number of calls or until a deadline. */
final class LoadRunner {

    /** One call; returns null when the answer was right, or a short description of what was wrong. */
    @FunctionalInterface
    interface Call {
        String call() throws Exception;
    }

    record Result(
            String name,
            int concurrency,
            long calls,
            long failures,
            List<String> failureSamples,
            long elapsedNanos,
            long medianNanos,
            long p99Nanos) {

        double perSecond() {
            return elapsedNanos == 0 ? 0 : calls * 1e9 / elapsedNanos;
        }
    }

    private LoadRunner() {}

    /** Runs until {@code maxCalls} calls are done or {@code maxDuration} has passed, whichever comes first. */
    static Result run(String name, int concurrency, long maxCalls, Duration maxDuration, Call call)
            throws InterruptedException {
        AtomicLong tickets = new AtomicLong(maxCalls);
        AtomicLong failures = new AtomicLong();
        Queue<String> failureSamples = new ConcurrentLinkedQueue<>();
        List<LatencyRecorder> recorders = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(concurrency);
        long[] deadline = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            LatencyRecorder recorder = new LatencyRecorder();
            recorders.add(recorder);
            Thread thread = new Thread(
                    () -> {
                        try {
                            ready.countDown();
                            go.await();
                            while (tickets.getAndDecrement() > 0 && System.nanoTime() < deadline[0]) {
                                long started = System.nanoTime();
                                String problem;
                                try {
                                    problem = call.call();
                                } catch (Exception e) {
                                    problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                                }
                                recorder.record(System.nanoTime() - started);
                                if (problem != null) {
                                    failures.incrementAndGet();
                                    if (failureSamples.size() < 5) {
                                        failureSamples.add(problem);
                                    }
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    },
                    "bench-" + name + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long started = System.nanoTime();
        deadline[0] = started + maxDuration.toNanos();
        go.countDown();
        done.await();
        long elapsed = System.nanoTime() - started;
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = LatencyRecorder.mergeSorted(recorders);
        return new Result(
                name,
                concurrency,
                sorted.length,
                failures.get(),
                List.copyOf(failureSamples),
                elapsed,
                LatencyRecorder.percentile(sorted, 0.50),
                LatencyRecorder.percentile(sorted, 0.99));
    }
}
