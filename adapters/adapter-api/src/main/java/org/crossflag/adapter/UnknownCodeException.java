package org.crossflag.adapter;

/**
 * A value that is not one of the codes of a vocabulary (a requester role, a consent state, a forum, ...). The
 * message names the vocabulary and the value; codes carry no personal data, so the value may be shown and logged.
 */
public class UnknownCodeException extends IllegalArgumentException {

    private final String vocabulary;
    private final String value;

    public UnknownCodeException(String vocabulary, String value) {
        super(value + " is not a " + vocabulary);
        this.vocabulary = vocabulary;
        this.value = value;
    }

    /** What the value should have been, e.g. "requester role". */
    public String vocabulary() {
        return vocabulary;
    }

    public String value() {
        return value;
    }
}
