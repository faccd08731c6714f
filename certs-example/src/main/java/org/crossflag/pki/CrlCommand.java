package org.crossflag.pki;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code crl}: reissues the federation CRL listing exactly the given certificates. */
final class CrlCommand {

    static final Map<String, CommandArgs.Arity> OPTIONS = Map.of(
            "pki", CommandArgs.Arity.SINGLE,
            "revoke", CommandArgs.Arity.MULTI,
            "password", CommandArgs.Arity.SINGLE,
            "years", CommandArgs.Arity.SINGLE);

    private CrlCommand() {}

    static void run(CommandArgs args, PrintStream out) {
        Path pki = CommandArgs.resolve(args.required("pki"));
        char[] password = args.optional("password", "changeit").toCharArray();
        int years = args.positiveInt("years", "10", 100);
        List<String> revokeArgs = args.all("revoke");
        Path caFile = pki.resolve(ExamplePkiLayout.ROOT_CA_P12);
        if (!Files.isRegularFile(caFile)) {
            throw new UsageException("option --pki " + pki + " has no " + ExamplePkiLayout.ROOT_CA_P12);
        }
        Credential ca = FederationPki.readPkcs12(caFile, password);

        List<X509Certificate> revoked = new ArrayList<>();
        for (String name : revokeArgs) {
            Path file = CommandArgs.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("option --revoke: no such file " + file);
            }
            X509Certificate cert = FederationPki.readCertificatePem(file);
            try {
                cert.verify(ca.certificate().getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new UsageException("option --revoke: " + file + " was not issued by the root CA in " + pki);
            }
            revoked.add(cert);
        }

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant nextUpdate = now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
        Path crlFile = pki.resolve(ExamplePkiLayout.CRL);
        FederationPki.writePem(crlFile, FederationPki.createCrl(ca, revoked, now, nextUpdate));
        out.println("Wrote " + crlFile + " revoking " + revoked.size() + " certificate(s)");
    }
}
