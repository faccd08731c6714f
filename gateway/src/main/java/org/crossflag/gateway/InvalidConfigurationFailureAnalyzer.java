package org.crossflag.gateway;

import org.crossflag.gateway.node.InvalidConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad node setting into a short start-up report that names the key and what to do. */
class InvalidConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationException cause) {
        return new FailureAnalysis(
                "Invalid Crossflag configuration: " + cause.getMessage(),
                "Correct the setting '" + cause.key() + "' in this node's application.yml (or the matching "
                        + "command-line argument or environment variable) and start the node again.",
                cause);
    }
}
