package org.crossflag.gateway.node;

/** A node setting that cannot work. The message always starts with the configuration key at fault. */
public class InvalidConfigurationException extends RuntimeException {

    private final String key;

    public InvalidConfigurationException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public InvalidConfigurationException(String key, String problem, Throwable cause) {
        super(key + ": " + problem, cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
