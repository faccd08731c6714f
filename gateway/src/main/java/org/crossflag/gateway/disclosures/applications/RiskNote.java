package org.crossflag.gateway.disclosures.applications;

/**
 * Something about who applied that the officer should weigh before any check goes out. A note asks for a check; it
 * neither refuses the application nor says anything about the risk the subject poses.
 */
public enum RiskNote {
    APPLICANT_MAY_BE_SUBJECT(
            "The applicant says they are the subject. A subject may use a Right to Ask to find out what the police"
                    + " hold or to trace the person at risk: confirm who is applying before anything else."),
    APPLICANT_KIND_INCONSISTENT(
            "The applicant's kind and their relationship to the person at risk disagree (a person at risk applying"
                    + " for someone else, or a third party applying as themself): confirm who is applying."),
    THIRD_PARTY_UNVERIFIED(
            "A third party gave no recognised relationship to the person at risk or to the subject: verify who they"
                    + " are and why they are concerned before the checks."),
    THIRD_PARTY_CONNECTED_TO_SUBJECT(
            "A third party close to the subject is applying: consider whether they act for the subject, and that"
                    + " any disclosure goes to the person at risk, never through the applicant."),
    NO_STATED_RELATIONSHIP_WITH_SUBJECT(
            "The person at risk states no relationship with the subject: confirm the application falls within the"
                    + " scheme (a partner, former partner or family member).");

    private final String explanation;

    RiskNote(String explanation) {
        this.explanation = explanation;
    }

    /** Plain English for the officer: what the note means and what to check. */
    public String explanation() {
        return explanation;
    }
}
