package org.crossflag.adapter;

/**
 * Who asks, as the envelope's {@code requester.role} names it. The wire code is the constant's name. Officers log in
 * with one of the officer roles; INTEGRATION_SERVICE names a node acting on its own account (answers, refusals).
 */
public enum RequesterRole {
    MARAC_COORDINATOR,
    PANEL_COORDINATOR,
    DVDS_OFFICER,
    SAFEGUARDING_OFFICER,
    OFFENDER_MANAGER,
    INTEGRATION_SERVICE;

    public String wire() {
        return name();
    }

    /** False for the node's own service identity, which no person may log in as. */
    public boolean isOfficerRole() {
        return this != INTEGRATION_SERVICE;
    }

    /** @throws UnknownCodeException naming the value */
    public static RequesterRole fromWire(String code) {
        for (RequesterRole role : values()) {
            if (role.name().equals(code)) {
                return role;
            }
        }
        throw new UnknownCodeException("requester role", code);
    }
}
