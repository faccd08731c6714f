#!/bin/sh
# Builds the MARAC CSV adapter and this module, then times the adapter's import of a synthetic 100,000-row export
# (invented people) into a counting sink, on a 256 MB heap: rows per second, time (median of the runs) and peak heap.
# Options go to the harness: --rows=N (default 100000), --runs=N (default 5).
# Environment: MVN (default ./mvnw), CROSSFLAG_BENCH_JVM_OPTS (default -Xmx256m).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

${MVN:-./mvnw} -B -q -pl benchmarks -am package -DskipTests

classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/runtime-classpath.txt")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2086
exec "$java" ${CROSSFLAG_BENCH_JVM_OPTS:--Xmx256m} -cp "$classpath" org.crossflag.adapter.maraccsv.MaracCsvImportBenchmark "$@"
