#!/bin/sh
# Builds the gateway and this module, then runs the exchange benchmark (see benchmarks/README.md).
# Arguments go to the harness, e.g.: benchmarks/run-exchange-benchmark.sh --rounds=5 --concurrency=16
# Environment: MVN (default ./mvnw), CROSSFLAG_BENCH_JVM_OPTS (harness JVM, default -Xmx1g),
# CROSSFLAG_BENCH_CHILD_JVM_OPTS (extra options for the receiving-node and echo JVMs).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

${MVN:-./mvnw} -B -q -pl benchmarks -am package -DskipTests

classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/runtime-classpath.txt")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2086
exec "$java" ${CROSSFLAG_BENCH_JVM_OPTS:--Xmx1g} -cp "$classpath" org.crossflag.bench.ExchangeBenchmark "$@"
