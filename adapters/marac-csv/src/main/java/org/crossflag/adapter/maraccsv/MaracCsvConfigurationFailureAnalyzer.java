package org.crossflag.adapter.maraccsv;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad adapter setting into a short start-up report that names the key and what to do. */
class MaracCsvConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MaracCsvConfigurationException> {

    private static final String WHERE = "in this node's application.yml (or the matching command-line argument or "
            + "environment variable) and start the node again.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MaracCsvConfigurationException cause) {
        String key = cause.key();
        String action = key.startsWith(MaracCsvSettingsMove.OLD_PREFIX + ".")
                ? "The adapter's settings moved from " + MaracCsvSettingsMove.OLD_PREFIX + ".* to "
                        + MaracCsvProperties.PREFIX + ".*. Remove the old setting '" + key + "' " + WHERE
                : "Correct the setting '" + key + "' " + WHERE;
        return new FailureAnalysis("Invalid MARAC CSV adapter configuration: " + cause.getMessage(), action, cause);
    }
}
