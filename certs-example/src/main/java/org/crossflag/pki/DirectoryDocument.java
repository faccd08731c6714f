package org.crossflag.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The federation directory: who the members are, where they listen and which certificates they use.
 * The operator signs the exact bytes of the JSON file with raw Ed25519; the signature sits beside it as {@code .sig}.
 */
@JsonPropertyOrder({"federation", "sequence", "issuedAt", "expiresAt", "members"})
public record DirectoryDocument(
        String federation, long sequence, Instant issuedAt, Instant expiresAt, List<DirectoryMemberEntry> members) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public DirectoryDocument {
        Objects.requireNonNull(federation, "federation");
        // Seconds precision keeps the JSON short and the same whichever clock made it.
        issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
        expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
        if (!issuedAt.isBefore(expiresAt)) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " is not after issuedAt " + issuedAt);
        }
        members = List.copyOf(members);
    }

    public static Builder builder(String federation) {
        return new Builder(federation);
    }

    /** Pretty-printed UTF-8 with "\n" line ends on every platform, so signed bytes do not depend on the OS. */
    public byte[] toJsonBytes() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators =
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            String text = JSON.writer(printer).writeValueAsString(this) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PkiException("cannot write directory JSON", e);
        }
    }

    public static DirectoryDocument fromJson(byte[] json) {
        try {
            return JSON.readValue(json, DirectoryDocument.class);
        } catch (IOException e) {
            throw new PkiException("cannot read directory JSON", e);
        }
    }

    /** Writes {@code json} unchanged to {@code jsonFile} and its raw Ed25519 signature to {@code jsonFile + ".sig"}. */
    public static void writeSigned(Path jsonFile, byte[] json, PrivateKey operatorKey) {
        byte[] signature = FederationPki.signEd25519(operatorKey, json);
        try {
            PkiFiles.createParent(jsonFile);
            Files.write(jsonFile, json);
            Files.write(signatureFile(jsonFile), signature);
        } catch (IOException e) {
            throw new PkiException("cannot write " + jsonFile, e);
        }
    }

    public static Path signatureFile(Path jsonFile) {
        return jsonFile.resolveSibling(jsonFile.getFileName() + ".sig");
    }

    public static final class Builder {
        private final String federation;
        private long sequence = 1;
        private Instant issuedAt;
        private Instant expiresAt;
        private final List<DirectoryMemberEntry> members = new ArrayList<>();

        private Builder(String federation) {
            this.federation = federation;
        }

        public Builder sequence(long value) {
            this.sequence = value;
            return this;
        }

        public Builder issuedAt(Instant value) {
            this.issuedAt = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        public Builder member(DirectoryMemberEntry entry) {
            members.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        public DirectoryDocument build() {
            return new DirectoryDocument(federation, sequence, issuedAt, expiresAt, members);
        }
    }
}
