package org.crossflag.gateway.disclosures.applications;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which status may follow which. An application may be closed from any status but CLOSED (withdrawn, or finished
 * after a decision). A decision may be taken while answers are still awaited: the officer judges whether to wait
 * for a force that has not answered, so AWAITING_ANSWERS may go straight to DECIDED.
 */
public final class ApplicationTransitions {

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = allowed();

    private ApplicationTransitions() {}

    /**
     * @return {@code to}, when it may follow {@code from}
     * @throws ApplicationStateException APPLICATION_STATE_CONFLICT naming both, otherwise
     */
    public static ApplicationStatus check(ApplicationStatus from, ApplicationStatus to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!ALLOWED.get(from).contains(to)) {
            throw new ApplicationStateException(from, to);
        }
        return to;
    }

    /** The statuses that may follow {@code from}; empty for CLOSED. */
    public static Set<ApplicationStatus> allowedFrom(ApplicationStatus from) {
        return Set.copyOf(ALLOWED.get(Objects.requireNonNull(from, "from")));
    }

    /** Whether a decision may be recorded now: once the release step has started, before every force answers. */
    public static boolean decidable(ApplicationStatus status) {
        return status == ApplicationStatus.AWAITING_ANSWERS || status == ApplicationStatus.DECISION_DUE;
    }

    private static Map<ApplicationStatus, Set<ApplicationStatus>> allowed() {
        Map<ApplicationStatus, Set<ApplicationStatus>> allowed = new EnumMap<>(ApplicationStatus.class);
        allowed.put(
                ApplicationStatus.DRAFT,
                EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.CHECKS, ApplicationStatus.CLOSED));
        allowed.put(ApplicationStatus.RECEIVED, EnumSet.of(ApplicationStatus.CHECKS, ApplicationStatus.CLOSED));
        allowed.put(
                ApplicationStatus.CHECKS,
                EnumSet.of(
                        ApplicationStatus.AWAITING_ANSWERS, ApplicationStatus.DECISION_DUE, ApplicationStatus.CLOSED));
        allowed.put(
                ApplicationStatus.AWAITING_ANSWERS,
                EnumSet.of(ApplicationStatus.DECISION_DUE, ApplicationStatus.DECIDED, ApplicationStatus.CLOSED));
        allowed.put(ApplicationStatus.DECISION_DUE, EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.CLOSED));
        allowed.put(ApplicationStatus.DECIDED, EnumSet.of(ApplicationStatus.CLOSED));
        allowed.put(ApplicationStatus.CLOSED, EnumSet.noneOf(ApplicationStatus.class));
        return allowed;
    }
}
