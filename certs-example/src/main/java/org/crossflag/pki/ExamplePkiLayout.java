package org.crossflag.pki;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** File names inside an example PKI directory, shared by the subcommands. */
final class ExamplePkiLayout {

    static final String ROOT_CA_PEM = "federation-root-ca.pem";
    static final String ROOT_CA_P12 = "federation-root-ca.p12";
    static final String ROOT_CA_ALIAS = "federation-root-ca";
    static final String TRUSTSTORE = "truststore.p12";
    static final String CRL = "federation.crl.pem";
    static final String README = "README.md";
    static final String REVOKED_MEMBER = "GB-RVK";
    static final String OPERATOR_NAME = "Crossflag Example";

    /** Codes become directory names, so only letters, digits and hyphens. */
    static final Pattern MEMBER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

    private ExamplePkiLayout() {}

    static Path memberDir(Path root, String code) {
        return root.resolve("members").resolve(code);
    }

    static Path operatorDir(Path root) {
        return root.resolve("operator");
    }
}
