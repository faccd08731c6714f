package org.crossflag.adapter.maraccsv;

/** An adapter setting that cannot work. The message always starts with the configuration key at fault. */
public class MaracCsvConfigurationException extends RuntimeException {

    private final String key;

    MaracCsvConfigurationException(String key, String problem, Throwable cause) {
        super(key + ": " + problem, cause);
        this.key = key;
    }

    /** The full configuration key, e.g. {@code adapters.marac-csv.inbox}. */
    public String key() {
        return key;
    }
}
