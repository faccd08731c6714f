package org.crossflag.adapter.maraccsv;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad adapter setting into a short start-up report that names the key and what to do. */
class MaracCsvConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MaracCsvConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MaracCsvConfigurationException cause) {
        return new FailureAnalysis(
                "Invalid MARAC CSV adapter configuration: " + cause.getMessage(),
                "Correct the setting '" + cause.key() + "' in this node's application.yml (or the matching "
                        + "command-line argument or environment variable) and start the node again.",
                cause);
    }
}
