package org.crossflag.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code openssl} command, as an auditor would: tests judge our output with a tool we did not write. */
public final class Openssl {

    private static final long TIMEOUT_SECONDS = 30;

    private Openssl() {}

    /** Runs {@code openssl} with these arguments; standard error is folded into the output. */
    public static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the openssl command is not installed or not on the PATH;"
                            + " these tests need it (Debian: apt-get install openssl)",
                    e);
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }

    /** The exit code and everything openssl printed. */
    public record Result(int exitCode, String output) {

        /** Fails the test, showing openssl's output, unless openssl succeeded. */
        public Result requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("openssl failed (exit " + exitCode + "): " + output);
            }
            return this;
        }
    }
}
