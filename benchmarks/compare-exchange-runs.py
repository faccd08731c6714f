#!/usr/bin/env python3
"""Pools the rounds of several exchange-benchmark logs per tree and prints the median of each round's own ratios.

Usage: benchmarks/compare-exchange-runs.py --before run1.log run2.log --after run3.log run4.log
Each log is the full output of benchmarks/run-exchange-benchmark.sh.
"""
import argparse
import re
import statistics

CALL = re.compile(r"\s+(exchange|echo)\s+c=(\d+)\s+[\d,]+ calls\s+([\d,]+) msgs/s\s+median\s+([\d.]+) ms")
RELIABLE = re.compile(r"\s+reliable delivery: [\d,]+ messages queued and delivered at ([\d,]+)/s")


def rounds(path):
    found, current = [], {}
    with open(path, encoding="utf-8") as log:
        for line in log:
            if line.startswith("Round ") and current:
                found.append(current)
                current = {}
            if m := CALL.match(line):
                current[(m[1], m[2])] = (float(m[3].replace(",", "")), float(m[4]))
            elif m := RELIABLE.match(line):
                current["c"] = float(m[1].replace(",", ""))
    if current:
        found.append(current)
    return [r for r in found if len(r) == 5]


def summary(label, paths):
    rs = [r for p in paths for r in rounds(p)]
    latency = statistics.median(r[("exchange", "1")][1] / r[("echo", "1")][1] for r in rs)
    throughput = statistics.median(r[("exchange", "8")][0] / r[("echo", "8")][0] for r in rs)
    reliable = statistics.median(r["c"] / r[("exchange", "8")][0] for r in rs)
    print(f"{label}: {len(rs)} rounds; b/a median latency (c=1) {latency:.1f}x; "
          f"b/a throughput (c=8) {throughput:.3f}; c/b (c=8) {reliable:.2f}")


parser = argparse.ArgumentParser()
parser.add_argument("--before", nargs="+", required=True)
parser.add_argument("--after", nargs="+", required=True)
args = parser.parse_args()
summary("before", args.before)
summary("after", args.after)
