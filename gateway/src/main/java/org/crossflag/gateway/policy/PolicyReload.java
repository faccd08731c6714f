package org.crossflag.gateway.policy;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look at the policy file: a changed file that loads is put in force and audited POLICY_RELOADED; one that
 * does not is audited POLICY_RELOAD_REFUSED and logged once, with the file, the line and the entry, while the
 * policy in force stays. A policy file holds codes only, so its problems may be logged as they are.
 */
final class PolicyReload implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(PolicyReload.class);

    private final CurrentPolicy policy;
    private final AuditTrail audit;

    PolicyReload(CurrentPolicy policy, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public void run() {
        CurrentPolicy.Reload reload = policy.reloadIfChanged();
        switch (reload.result()) {
            case RELOADED -> {
                log.info(
                        "Policy reloaded file={} agreements={}",
                        policy.file(),
                        policy.get().agreements().size());
                audit.record(AuditEvent.of(AuditAction.POLICY_RELOADED, "RELOADED"));
            }
            case REFUSED -> {
                PolicyFile.InvalidPolicyException problem = reload.problem();
                log.warn(
                        "Policy reload refused, the policy in force stays file={} line={} entry={} reason={}: {}",
                        problem.file(),
                        problem.line(),
                        problem.entry(),
                        problem.reasonCode(),
                        problem.getMessage());
                audit.record(AuditEvent.of(AuditAction.POLICY_RELOAD_REFUSED, "REFUSED")
                        .withReason(problem.reasonCode()));
            }
            case UNCHANGED -> {
                // Nothing to say: the file is as it was.
            }
        }
    }
}
