package org.crossflag.pki;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Command-line entry point: generates the example PKI, reissues its CRL and signs federation directories. */
public final class ExamplePkiCommand {

    static final String USAGE = """
            Usage: ExamplePkiCommand <command> [options]

              generate --out <dir> [--members GB-ESX,GB-KNT,GB-SFK] [--password changeit] [--years 10]
                  Empty <dir> (only if it is empty or a previous example set) and create the example PKI in it.
              crl --pki <dir> --revoke <cert.pem>... [--password changeit] [--years 10]
                  Reissue <dir>/federation.crl.pem listing exactly the given certificates.
              fresh-crl --pki <dir> --out <file.pem> [--valid-days 7] [--password changeit]
                  Write a short-lived copy of <dir>/federation.crl.pem: the same revocations, issued now, next
                  update in --valid-days days, signed by the root CA. Nodes refuse traffic once their CRL is stale.
              directory --pki <dir> --out <file.json> --member 'CODE|Display Name|https://host:port|KIND' [--member ...]
                        [--valid-days 30] [--message-types T1,T2,...] [--sequence N]
                        [--federation crossflag-example] [--password changeit] [--ons-force-code CODE=E23000028 ...]
                  Write a federation directory signed by the operator key, and its raw Ed25519 signature
                  <file.json>.sig. KIND is POLICE or PARTNER_AGENCY. --sequence defaults to the epoch second.
                  --ons-force-code gives a member the ONS code of the police force area it covers.

            Relative paths resolve against the system property crossflag.root when set (Maven exec:java sets it
            to the repository root), otherwise against the working directory.
            """;

    private ExamplePkiCommand() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // Only exit on failure: a System.exit(0) would also end a Maven exec:java build early.
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Returns 0 on success, 1 when the work fails and 2 for a bad command line. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("error: no command given");
            err.print(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "generate" ->
                    GenerateCommand.run(CommandArgs.parse("generate", rest, GenerateCommand.OPTIONS), out);
                case "crl" -> CrlCommand.run(CommandArgs.parse("crl", rest, CrlCommand.OPTIONS), out);
                case "fresh-crl" ->
                    FreshCrlCommand.run(CommandArgs.parse("fresh-crl", rest, FreshCrlCommand.OPTIONS), out);
                case "directory" ->
                    DirectoryCommand.run(CommandArgs.parse("directory", rest, DirectoryCommand.OPTIONS), out);
                case "help", "--help", "-h" -> out.print(USAGE);
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            }
            return 0;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (PkiException | UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage()
                    + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return 1;
        }
    }
}
