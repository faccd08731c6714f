package org.crossflag.gateway.hearings.records;

import org.crossflag.adapter.RequesterRole;

/** Who asked: an officer id and role, as they travel in the envelope and the audit trail. */
public record Officer(String officerId, RequesterRole role) {}
