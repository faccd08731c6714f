package org.crossflag.pki;

import static org.crossflag.pki.ExamplePkiLayout.REVOKED_MEMBER;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@code generate}: a complete example PKI in a fresh directory. */
final class GenerateCommand {

    static final Map<String, CommandArgs.Arity> OPTIONS = Map.of(
            "out", CommandArgs.Arity.SINGLE,
            "members", CommandArgs.Arity.SINGLE,
            "password", CommandArgs.Arity.SINGLE,
            "years", CommandArgs.Arity.SINGLE);
    static final String DEFAULT_MEMBERS = "GB-ESX,GB-KNT,GB-SFK";

    private GenerateCommand() {}

    static void run(CommandArgs args, PrintStream out) {
        String outArg = args.required("out");
        Path dir = CommandArgs.resolve(outArg);
        List<String> members = memberCodes(args.optional("members", DEFAULT_MEMBERS));
        char[] password = args.optional("password", "changeit").toCharArray();
        int years = args.positiveInt("years", "10", 100);

        wipe(dir);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // An hour of slack covers clocks that lag the generating machine.
        Instant notBefore = now.minus(Duration.ofHours(1));
        Instant notAfter = now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();

        Credential ca = FederationPki.createRootCa("Crossflag Example Root CA", notBefore, notAfter);
        FederationPki.writePem(dir.resolve(ExamplePkiLayout.ROOT_CA_PEM), ca.certificate());
        FederationPki.writePkcs12(
                dir.resolve(ExamplePkiLayout.ROOT_CA_P12),
                ExamplePkiLayout.ROOT_CA_ALIAS,
                password,
                ca.privateKey(),
                ca.certificate());
        FederationPki.writeTrustStore(
                dir.resolve(ExamplePkiLayout.TRUSTSTORE),
                password,
                Map.of(ExamplePkiLayout.ROOT_CA_ALIAS, ca.certificate()));

        for (String code : members) {
            Path memberDir = ExamplePkiLayout.memberDir(dir, code);
            Credential tls = FederationPki.issueTlsCredential(ca, code, notBefore, notAfter);
            FederationPki.writePkcs12(
                    memberDir.resolve("tls.p12"),
                    "tls",
                    password,
                    tls.privateKey(),
                    tls.certificate(),
                    ca.certificate());
            FederationPki.writePem(memberDir.resolve("tls.pem"), tls.certificate());
            Credential signing = writeSigning(ca, dir, code, password, notBefore, notAfter);
            FederationPki.writePublicKeyPem(memberDir.resolve("signing-public-key.pem"), signing.certificate());
        }

        Path operatorDir = ExamplePkiLayout.operatorDir(dir);
        Credential operator =
                FederationPki.issueOperatorCredential(ca, ExamplePkiLayout.OPERATOR_NAME, notBefore, notAfter);
        FederationPki.writePkcs12(
                operatorDir.resolve("operator.p12"),
                "operator",
                password,
                operator.privateKey(),
                operator.certificate(),
                ca.certificate());
        FederationPki.writePem(operatorDir.resolve("operator.pem"), operator.certificate());
        FederationPki.writePublicKeyPem(operatorDir.resolve("operator-public-key.pem"), operator.certificate());

        Credential revoked = writeSigning(ca, dir, REVOKED_MEMBER, password, notBefore, notAfter);
        FederationPki.writePem(
                dir.resolve(ExamplePkiLayout.CRL),
                FederationPki.createCrl(ca, List.of(revoked.certificate()), now, notAfter));

        String command = "generate --out " + outArg + " --members " + String.join(",", members) + " --password "
                + new String(password) + " --years " + years;
        ExampleSetReadme.write(dir.resolve(ExamplePkiLayout.README), members, command, now, notAfter);
        out.println("Wrote example PKI for " + String.join(", ", members) + " to " + dir);
    }

    private static Credential writeSigning(
            Credential ca, Path dir, String code, char[] password, Instant notBefore, Instant notAfter) {
        Path memberDir = ExamplePkiLayout.memberDir(dir, code);
        Credential signing = FederationPki.issueSigningCredential(ca, code, notBefore, notAfter);
        FederationPki.writePkcs12(
                memberDir.resolve("signing.p12"),
                "signing",
                password,
                signing.privateKey(),
                signing.certificate(),
                ca.certificate());
        FederationPki.writePem(memberDir.resolve("signing.pem"), signing.certificate());
        return signing;
    }

    private static List<String> memberCodes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String raw : text.split(",")) {
            String code = raw.trim();
            if (!ExamplePkiLayout.MEMBER_CODE.matcher(code).matches()) {
                throw new UsageException(
                        "option --members has a bad member code '" + code + "' (letters, digits and hyphens only)");
            }
            if (code.equals(REVOKED_MEMBER)) {
                throw new UsageException("option --members must not include " + REVOKED_MEMBER
                        + ", which is reserved for the revoked example");
            }
            if (!codes.add(code)) {
                throw new UsageException("option --members lists " + code + " twice");
            }
        }
        return new ArrayList<>(codes);
    }

    /** Empties a previous example set; refuses a non-empty directory that is not one, so a typo cannot delete work. */
    private static void wipe(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UsageException("option --out " + dir + " is a file, not a directory");
            }
            Files.createDirectories(dir);
            boolean empty;
            try (Stream<Path> children = Files.list(dir)) {
                empty = children.findAny().isEmpty();
            }
            if (empty) {
                return;
            }
            if (!Files.exists(dir.resolve(ExamplePkiLayout.ROOT_CA_PEM))) {
                throw new UsageException("option --out " + dir + " is not empty and holds no "
                        + ExamplePkiLayout.ROOT_CA_PEM + "; refusing to wipe it");
            }
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path path : tree.sorted(Comparator.reverseOrder())
                        .filter(p -> !p.equals(dir))
                        .toList()) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
