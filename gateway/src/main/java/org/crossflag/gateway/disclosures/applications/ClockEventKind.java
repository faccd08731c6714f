package org.crossflag.gateway.disclosures.applications;

/** What the disclosure clock asks to be told to the officer. */
public enum ClockEventKind {
    /** A reminder day after receipt has come. */
    REMINDER,
    /** The deadline has come and no decision is recorded. */
    BREACH
}
