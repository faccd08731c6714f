package org.crossflag.bench;

/**
 * A measured run with the CPU time each process, and everything else on the machine, spent during it.
 *
 * @param againstReceiver true for exchanges (served by the receiving node), false for echoes (the echo server)
 */
record MeasuredRun(LoadRunner.Result result, MachineCpu.Snapshot cpu, boolean againstReceiver) {

    static final String RECEIVER_JVM = "receiver";
    static final String ECHO_JVM = "echo";

    /** The name of the JVM that served the calls, as the harness starts it. */
    String serverName() {
        return againstReceiver ? RECEIVER_JVM : ECHO_JVM;
    }

    double senderMicrosPerCall() {
        return cpu.harness() / 1e3 / result.calls();
    }

    double serverMicrosPerCall() {
        return (againstReceiver ? cpu.receiver() : cpu.echo()) / 1e3 / result.calls();
    }

    /** Share of the machine's CPU capacity used by other processes during the run, or -1 when unknown. */
    double othersShare(int cores) {
        return cpu.others() < 0 ? -1 : (double) cpu.others() / (result.elapsedNanos() * (double) cores);
    }
}
