package org.crossflag.adapter.maraccsv;

/** An adapter setting that cannot work. The message always starts with the configuration key at fault. */
public class MaracCsvConfigurationException extends RuntimeException {

    private final String key;

    MaracCsvConfigurationException(String key, String problem, Throwable cause) {
        super(key + ": " + problem, cause);
        this.key = key;
    }

    /** The full configuration key, e.g. {@code crossflag.adapters.marac-csv.inbox}, or an old name such as
     * {@code adapters.marac-csv.inbox} given together with its new one. */
    public String key() {
        return key;
    }
}
