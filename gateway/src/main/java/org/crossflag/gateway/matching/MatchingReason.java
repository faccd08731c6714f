package org.crossflag.gateway.matching;

/** Why the matching core refused something. The code travels in answers and logs; it never carries personal data. */
public enum MatchingReason {
    /** The query was encoded under a key version outside its acceptance window (or unknown to this node). */
    MATCHING_KEY_VERSION_NOT_ACCEPTED,
    /** An encoding that is malformed: wrong sizes, bad base64, unknown fields, or values out of range. */
    ENCODING_INVALID
}
