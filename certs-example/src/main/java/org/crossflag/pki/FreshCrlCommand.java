package org.crossflag.pki;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@code fresh-crl}: reissues the example CRL with the same revocations but a short life, as an operator
 * would every few days. The demo runs it at start, since nodes stop federation traffic once their CRL is stale.
 */
final class FreshCrlCommand {

    static final Map<String, CommandArgs.Arity> OPTIONS = Map.of(
            "pki", CommandArgs.Arity.SINGLE,
            "out", CommandArgs.Arity.SINGLE,
            "valid-days", CommandArgs.Arity.SINGLE,
            "password", CommandArgs.Arity.SINGLE);

    private FreshCrlCommand() {}

    static void run(CommandArgs args, PrintStream out) {
        Path pki = CommandArgs.resolve(args.required("pki"));
        Path target = CommandArgs.resolve(args.required("out"));
        int validDays = args.positiveInt("valid-days", "7", 366);
        char[] password = args.optional("password", "changeit").toCharArray();
        Path caFile = pki.resolve(ExamplePkiLayout.ROOT_CA_P12);
        Path currentCrl = pki.resolve(ExamplePkiLayout.CRL);
        if (!Files.isRegularFile(caFile) || !Files.isRegularFile(currentCrl)) {
            throw new UsageException(
                    "option --pki " + pki + " needs " + ExamplePkiLayout.ROOT_CA_P12 + " and " + ExamplePkiLayout.CRL);
        }
        Credential ca = FederationPki.readPkcs12(caFile, password);
        X509CRL previous = FederationPki.readCrlPem(currentCrl);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X509CRL fresh = FederationPki.reissueCrl(ca, previous, now, now.plus(Duration.ofDays(validDays)));
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FederationPki.writePem(target, fresh);
        int revoked = fresh.getRevokedCertificates() == null
                ? 0
                : fresh.getRevokedCertificates().size();
        out.println("Wrote " + target + " revoking " + revoked + " certificate(s), next update "
                + fresh.getNextUpdate().toInstant());
    }
}
