package org.crossflag.bench.matching;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.crossflag.gateway.matching.EncodedPersonIndex;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchThresholds;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.matching.SyntheticIdentities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) Query latency on a 1,000,000-person index: the production encoder indexes a million synthetic people (the
 * left force), then each call queries with the next of 20,000 encodings of the right force (30% noisy duplicates
 * of indexed people, 70% people the index does not hold), through blocking, the CLK screen and scoring.
 * {@code Mode.SampleTime} gives p50, p99 and p99.9. Setup (about a minute) prints the heap the index holds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class IndexQueryBenchmark {

    static final int QUERIES = 20_000;
    static final byte[] SECRET =
            "crossflag matching benchmark secret, synthetic only".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Param("1000000")
    int people;

    EncodedPersonIndex index;
    IdentityEncoding[] queries;
    int next;

    @Setup(Level.Trial)
    public void build() {
        MatchingKeyring keyring = MatchingKeyring.single(1, SECRET);
        IdentityEncoder encoder = new IdentityEncoder(keyring);
        index = new EncodedPersonIndex(keyring, Clock.systemUTC(), MatchThresholds.DEFAULTS, people);
        long started = System.nanoTime();
        queries = indexAndEncodeQueries(encoder, SyntheticIdentities.generate(20_261_129, people, 0.3));
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "%nindex of %,d people built in %.0f s; heap in use after GC: %,d MB%n",
                index.size(1),
                (System.nanoTime() - started) / 1e9,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** Indexes the left force in parallel and returns the encodings of the first right-force people. */
    private IdentityEncoding[] indexAndEncodeQueries(IdentityEncoder encoder, SyntheticIdentities data) {
        List<PersonIdentity> left = data.left();
        IntStream.range(0, left.size()).parallel().forEach(i -> index.add("L" + i, encoder.encode(left.get(i), 1)));
        return data.right().subList(0, QUERIES).stream()
                .map(person -> encoder.encode(person, 1))
                .toArray(IdentityEncoding[]::new);
    }

    @Benchmark
    public List<MatchCandidate> query() {
        IdentityEncoding query = queries[next];
        next = next + 1 == queries.length ? 0 : next + 1;
        return index.query(query);
    }
}
