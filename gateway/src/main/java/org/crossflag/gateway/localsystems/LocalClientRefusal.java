package org.crossflag.gateway.localsystems;

/** Why the connector did not let a local system in. The constant's name is the reason code it answers with. */
enum LocalClientRefusal {
    /** Neither a client certificate nor an {@code X-Api-Key} header came with the call. */
    LOCAL_CLIENT_UNAUTHENTICATED("a client certificate from the force's CA or an X-Api-Key header is required"),
    /** The client certificate, trusted by TLS, names no configured client. */
    LOCAL_CLIENT_CERTIFICATE_UNKNOWN("the client certificate belongs to no configured local system"),
    /** The {@code X-Api-Key} header matches no configured client's key. */
    LOCAL_CLIENT_API_KEY_UNKNOWN("the X-Api-Key header matches no configured local system");

    private final String message;

    LocalClientRefusal(String message) {
        this.message = message;
    }

    String reasonCode() {
        return name();
    }

    String message() {
        return message;
    }
}
