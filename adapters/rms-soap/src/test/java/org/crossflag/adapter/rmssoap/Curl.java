package org.crossflag.adapter.rmssoap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code curl} binary, as a records system's integrator would, and returns what it got back. */
final class Curl {

    private Curl() {}

    record Answer(int status, String body) {}

    /** POSTs the file's exact bytes as a SOAP 1.1 request, with these extra headers ("Name: value"). */
    static Answer postSoap(String url, Path body, String soapAction, String... headers)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "curl",
                "--silent",
                "--show-error",
                "--max-time",
                "30",
                "--output",
                "-",
                "--write-out",
                "\n%{http_code}",
                "--header",
                "Content-Type: text/xml; charset=utf-8",
                "--header",
                "SOAPAction: \"" + soapAction + "\""));
        for (String header : headers) {
            command.add("--header");
            command.add(header);
        }
        command.add("--data-binary");
        command.add("@" + body.toAbsolutePath());
        command.add(url);
        return run(command);
    }

    static Answer get(String url) throws IOException, InterruptedException {
        return run(
                List.of("curl", "--silent", "--show-error", "--max-time", "30", "--write-out", "\n%{http_code}", url));
    }

    private static Answer run(List<String> command) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = curl.getInputStream().readAllBytes();
        if (!curl.waitFor(60, TimeUnit.SECONDS)) {
            curl.destroyForcibly();
            throw new AssertionError("curl did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        int lastLine = text.lastIndexOf('\n');
        if (curl.exitValue() != 0 || lastLine < 0) {
            throw new AssertionError("curl failed (" + curl.exitValue() + "): " + text);
        }
        return new Answer(Integer.parseInt(text.substring(lastLine + 1).strip()), text.substring(0, lastLine));
    }
}
