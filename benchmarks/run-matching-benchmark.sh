#!/bin/sh
# Builds the gateway and this module, then runs the matching JMH benchmarks (see docs/matching.md):
# (a) DiceBenchmark: Dice comparisons per second on one thread;
# (b) IndexQueryBenchmark: query latency (p50, p99, p99.9) on a 1,000,000-person index.
# Arguments go to JMH, e.g.: benchmarks/run-matching-benchmark.sh DiceBenchmark -i 3
# Environment: MVN (default ./mvnw), CROSSFLAG_BENCH_JVM_OPTS (the JMH runner's JVM, default -Xmx256m).
# Needs only a JDK 17 and Maven's repository; the benchmarks fork their own JVMs (1 GB and 4 GB heaps).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

${MVN:-./mvnw} -B -q -pl benchmarks -am package -DskipTests

classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/runtime-classpath.txt")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ $# -eq 0 ]; then
  set -- 'org\.crossflag\.bench\.matching\..*'
fi
# shellcheck disable=SC2086
exec "$java" ${CROSSFLAG_BENCH_JVM_OPTS:--Xmx256m} -cp "$classpath" org.openjdk.jmh.Main "$@"
