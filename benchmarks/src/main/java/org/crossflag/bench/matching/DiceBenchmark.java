package org.crossflag.bench.matching;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.crossflag.gateway.matching.BitVectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) Dice comparisons per second on one thread: a query CLK (1024 bits, {@code long[16]}) against consecutive
 * CLKs of a column store laid out as the index holds them, with the cardinalities stored beside them as the index
 * does ({@code withStoredCardinality}, the index's CLK screen), and counting all three each time
 * ({@code countingBoth}). {@code clks} = 4096 keeps
 * the store in cache (the compute bound); 1,000,000 streams a 128 MB store from memory (a full scan of a
 * million-person index). Random CLKs with half their bits set, as diffused CLKs have.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class DiceBenchmark {

    static final int WORDS = 16;
    static final int BATCH = 4096;

    @Param({"4096", "1000000"})
    int clks;

    long[] store;
    int[] cardinality;
    long[] query;
    int queryCardinality;
    int next;

    @Setup
    public void fill() {
        SplittableRandom random = new SplittableRandom(42);
        store = new long[clks * WORDS];
        for (int i = 0; i < store.length; i++) {
            store[i] = random.nextLong();
        }
        cardinality = new int[clks];
        for (int i = 0; i < clks; i++) {
            cardinality[i] = BitVectors.cardinality(store, i * WORDS, WORDS);
        }
        query = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            query[i] = random.nextLong();
        }
        queryCardinality = BitVectors.cardinality(query, 0, WORDS);
    }

    /** {@value #BATCH} comparisons per call; JMH reports comparisons per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double withStoredCardinality() {
        double sum = 0;
        int start = next;
        for (int i = 0; i < BATCH; i++) {
            int clk = start + i;
            if (clk >= clks) {
                clk -= clks;
            }
            sum += BitVectors.dice(query, 0, queryCardinality, store, clk * WORDS, cardinality[clk], WORDS);
        }
        next = (start + BATCH) % clks;
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double countingBoth() {
        double sum = 0;
        int start = next;
        for (int i = 0; i < BATCH; i++) {
            int clk = start + i;
            if (clk >= clks) {
                clk -= clks;
            }
            sum += BitVectors.dice(query, 0, store, clk * WORDS, WORDS);
        }
        next = (start + BATCH) % clks;
        return sum;
    }
}
