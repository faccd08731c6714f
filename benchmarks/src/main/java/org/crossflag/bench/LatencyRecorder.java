package org.crossflag.bench;

import java.util.Arrays;

/** Per-call latencies in nanoseconds for one thread; merged and sorted afterwards. */
final class LatencyRecorder {

    private long[] values = new long[4096];
    private int size;

    void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    static long[] mergeSorted(Iterable<LatencyRecorder> recorders) {
        int total = 0;
        for (LatencyRecorder recorder : recorders) {
            total += recorder.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencyRecorder recorder : recorders) {
            System.arraycopy(recorder.values, 0, all, at, recorder.size);
            at += recorder.size;
        }
        Arrays.sort(all);
        return all;
    }

    /** Nearest-rank percentile of sorted values, in nanoseconds. */
    static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }
}
