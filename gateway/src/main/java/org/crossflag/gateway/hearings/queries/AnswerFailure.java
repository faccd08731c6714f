package org.crossflag.gateway.hearings.queries;

import java.util.Arrays;

/**
 * Why a holder could not answer a prior-hearing query it meant to answer. It says so with a signed Refusal carrying
 * the code, so the referrer reads "GB-ESX could not answer: ANSWER_DATA_INVALID" rather than waiting for an answer
 * that will never come, and concluding the holder was merely slow.
 */
enum AnswerFailure {
    /** The answer built from this force's records does not fit the wire schema (a stored value the federation cannot carry). */
    ANSWER_DATA_INVALID,
    /** The answer could not be queued to the referrer (the directory does not allow it now, for one). */
    ANSWER_NOT_SENDABLE,
    /** Building the answer failed in some other way that trying again would not mend. */
    ANSWER_FAILED;

    static boolean isAnswerFailure(String reasonCode) {
        return Arrays.stream(values()).anyMatch(failure -> failure.name().equals(reasonCode));
    }
}
