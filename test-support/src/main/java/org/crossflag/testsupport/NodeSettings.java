package org.crossflag.testsupport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings that start one node from a {@link FederationTestPki}: its code, data folder, trust anchor, CRL,
 * keystores, audit chain key and directory, as Spring property names. Callers add their own ports and timings.
 */
public final class NodeSettings {

    private final Map<String, String> settings = new LinkedHashMap<>();

    private NodeSettings() {}

    /**
     * @param directory the signed directory file the node reads
     * @param dataDir   the node's data folder
     */
    public static NodeSettings forMember(FederationTestPki pki, String code, Path directory, Path dataDir) {
        NodeSettings node = new NodeSettings();
        node.put("crossflag.node.code", code);
        node.put("crossflag.data-dir", dataDir);
        node.put("crossflag.pki.trust-anchor", pki.caPem());
        node.put("crossflag.pki.crl", pki.crlPem());
        node.put("crossflag.signing.keystore", pki.signingKeystore(code));
        node.put("crossflag.signing.password", pki.password());
        node.put("crossflag.audit.chain-key", pki.auditChainKey(code));
        node.put("crossflag.tls.keystore", pki.tlsKeystore(code));
        node.put("crossflag.tls.keystore-password", pki.password());
        node.put("crossflag.tls.truststore", pki.truststore());
        node.put("crossflag.tls.truststore-password", pki.password());
        node.put("crossflag.directory.location", "file:" + directory);
        node.put("crossflag.directory.operator-certificate", pki.operatorPem());
        return node;
    }

    /** Sets or replaces one setting. */
    public NodeSettings put(String key, Object value) {
        settings.put(key, String.valueOf(value));
        return this;
    }

    /** The settings in the order they were put. */
    public Map<String, String> toMap() {
        return new LinkedHashMap<>(settings);
    }

    /** The settings as command-line arguments, {@code --key=value}. */
    public List<String> toArguments() {
        return settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
    }
}
