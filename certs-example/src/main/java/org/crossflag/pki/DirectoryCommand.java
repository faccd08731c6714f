package org.crossflag.pki;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code directory}: builds the federation directory from the example PKI and signs it with the operator key. */
final class DirectoryCommand {

    static final Map<String, CommandArgs.Arity> OPTIONS = Map.of(
            "pki", CommandArgs.Arity.SINGLE,
            "out", CommandArgs.Arity.SINGLE,
            "valid-days", CommandArgs.Arity.SINGLE,
            "member", CommandArgs.Arity.MULTI,
            "ons-force-code", CommandArgs.Arity.MULTI,
            "message-types", CommandArgs.Arity.SINGLE,
            "sequence", CommandArgs.Arity.SINGLE,
            "federation", CommandArgs.Arity.SINGLE,
            "password", CommandArgs.Arity.SINGLE);

    static final String DEFAULT_MESSAGE_TYPES = "PriorHearingQuery,PriorHearingAnswer,CrossAreaAlert,DisclosureCheck,"
            + "DisclosureCheckAnswer,DisclosureRequest,"
            + "DisclosureAnswer,CircumstanceChange,RecordAmendment,FollowUpRequest,FollowUpAnswer,Refusal,ExchangeTest";

    private DirectoryCommand() {}

    static void run(CommandArgs args, PrintStream out) {
        Path pki = CommandArgs.resolve(args.required("pki"));
        Path outFile = CommandArgs.resolve(args.required("out"));
        int validDays = args.positiveInt("valid-days", "30", 3660);
        List<String> messageTypes = messageTypes(args.optional("message-types", DEFAULT_MESSAGE_TYPES));
        char[] password = args.optional("password", "changeit").toCharArray();
        List<String> memberSpecs = args.all("member");
        Map<String, String> forceCodes = onsForceCodes(args.allOrNone("ons-force-code"));
        String federation = args.optional("federation", "crossflag-example");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Epoch seconds by default, so each new directory has a higher sequence than the last.
        long sequence = sequence(args.optional("sequence", Long.toString(now.getEpochSecond())));

        Path operatorFile = ExamplePkiLayout.operatorDir(pki).resolve("operator.p12");
        if (!Files.isRegularFile(operatorFile)) {
            throw new UsageException("option --pki " + pki + " has no operator/operator.p12");
        }
        Credential operator = FederationPki.readPkcs12(operatorFile, password);

        DirectoryDocument.Builder directory = DirectoryDocument.builder(federation)
                .sequence(sequence)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofDays(validDays)));
        List<String> seen = new ArrayList<>();
        for (String spec : memberSpecs) {
            DirectoryMemberEntry entry = member(spec, pki, messageTypes);
            if (seen.contains(entry.code())) {
                throw new UsageException("option --member lists " + entry.code() + " twice");
            }
            seen.add(entry.code());
            directory.member(entry.withOnsForceCode(forceCodes.get(entry.code())));
        }
        for (String code : forceCodes.keySet()) {
            if (!seen.contains(code)) {
                throw new UsageException("option --ons-force-code names " + code + ", which no --member lists");
            }
        }
        DirectoryDocument.writeSigned(outFile, directory.build().toJsonBytes(), operator.privateKey());
        out.println("Wrote " + outFile + " and " + DirectoryDocument.signatureFile(outFile) + " (" + seen.size()
                + " members, valid " + validDays + " days)");
    }

    /** Parses "CODE|Display Name|https://host:port|KIND" and reads that member's certificates. */
    private static DirectoryMemberEntry member(String spec, Path pki, List<String> messageTypes) {
        String[] parts = spec.split("\\|", -1);
        if (parts.length != 4) {
            throw new UsageException("option --member '" + spec + "' must be CODE|Display Name|https://host:port|KIND");
        }
        String code = parts[0].trim();
        String displayName = parts[1].trim();
        if (!ExamplePkiLayout.MEMBER_CODE.matcher(code).matches() || displayName.isEmpty()) {
            throw new UsageException(
                    "option --member '" + spec + "' needs a code (letters, digits, hyphens) and a name");
        }
        DirectoryMemberEntry.Kind kind;
        try {
            kind = DirectoryMemberEntry.Kind.valueOf(parts[3].trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    "option --member '" + spec + "' has kind '" + parts[3].trim() + "'; use POLICE or PARTNER_AGENCY");
        }
        String endpoint = endpoint(parts[2].trim(), spec);
        Path memberDir = ExamplePkiLayout.memberDir(pki, code);
        Path tls = memberDir.resolve("tls.pem");
        Path signing = memberDir.resolve("signing.pem");
        if (!Files.isRegularFile(tls) || !Files.isRegularFile(signing)) {
            throw new UsageException("option --member " + code + ": no tls.pem and signing.pem in " + memberDir);
        }
        return new DirectoryMemberEntry(
                code,
                displayName,
                kind,
                endpoint,
                List.of(FederationPki.sha256Fingerprint(FederationPki.readCertificatePem(tls))),
                List.of(FederationPki.sha256Fingerprint(FederationPki.readCertificatePem(signing))),
                messageTypes);
    }

    /**
     * Parses each "CODE=E23000028": the ONS code of the police force area a member covers, as the postcode district
     * table names it (Essex E23000028, Kent E23000032, Suffolk E23000025).
     */
    private static Map<String, String> onsForceCodes(List<String> specs) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String spec : specs) {
            String[] parts = spec.split("=", -1);
            if (parts.length != 2
                    || !ExamplePkiLayout.MEMBER_CODE.matcher(parts[0].trim()).matches()
                    || !DirectoryMemberEntry.ONS_FORCE_CODE
                            .matcher(parts[1].trim())
                            .matches()) {
                throw new UsageException(
                        "option --ons-force-code '" + spec + "' must be CODE=ONS code, e.g. GB-ESX=E23000028");
            }
            if (codes.put(parts[0].trim(), parts[1].trim()) != null) {
                throw new UsageException("option --ons-force-code lists " + parts[0].trim() + " twice");
            }
        }
        return codes;
    }

    private static String endpoint(String text, String spec) {
        try {
            URI uri = new URI(text);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException("option --member '" + spec + "' has endpoint '" + text + "'; it must be an https URL");
    }

    private static List<String> messageTypes(String text) {
        List<String> types = new ArrayList<>();
        for (String raw : text.split(",")) {
            String type = raw.trim();
            if (type.isEmpty() || types.contains(type)) {
                throw new UsageException("option --message-types has an empty or repeated entry: '" + text + "'");
            }
            types.add(type);
        }
        return types;
    }

    private static long sequence(String text) {
        try {
            long value = Long.parseLong(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option --sequence must be a positive whole number, got '" + text + "'");
    }
}
