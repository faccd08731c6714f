package org.crossflag.gateway.hearings.records;

/** Who asked: an officer id and role code, as they travel in the envelope and the audit trail. */
public record Officer(String officerId, String role) {
}
