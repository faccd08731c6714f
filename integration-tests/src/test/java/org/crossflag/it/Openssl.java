package org.crossflag.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real openssl binary, as an auditor would. */
final class Openssl {

    private Openssl() {
    }

    static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {

        void requireSuccess() {
            if (exitCode != 0) {
                throw new IllegalStateException("openssl failed (" + exitCode + "): " + output);
            }
        }
    }
}
