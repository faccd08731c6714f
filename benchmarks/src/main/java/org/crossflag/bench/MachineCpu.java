package org.crossflag.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time spent by this JVM, by the child JVMs and by the whole machine, so each run can say how much of
 * the machine went to the benchmark's own processes and how much to anything else running at the time.
 */
final class MachineCpu {

    /** Linux reports /proc/stat in clock ticks of 1/100 s on every common configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    record Snapshot(long harness, long receiver, long echo, long machineBusy) {

        Snapshot minus(Snapshot earlier) {
            return new Snapshot(
                    harness - earlier.harness,
                    receiver - earlier.receiver,
                    echo - earlier.echo,
                    machineBusy - earlier.machineBusy);
        }

        /** CPU used by processes other than the three of the benchmark (never below zero). */
        long others() {
            return machineBusy < 0 ? -1 : Math.max(0, machineBusy - harness - receiver - echo);
        }
    }

    Snapshot snapshot(ChildJvm receiver, ChildJvm echo) {
        return new Snapshot(os.getProcessCpuTime(), childNanos(receiver), childNanos(echo), machineBusyNanos());
    }

    private static long childNanos(ChildJvm child) {
        return ProcessHandle.of(child.pid())
                .flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /** Busy time of all CPUs since boot (user, nice, system, irq, softirq, steal), or -1 when unknown. */
    static long machineBusyNanos() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(fields[i]);
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The 1-minute load average, or -1 when unknown. */
    static double loadAverage() {
        try {
            return Double.parseDouble(
                    Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
