package org.crossflag.gateway.disclosures.applications;

import java.time.Instant;
import java.time.LocalDate;

import org.crossflag.gateway.node.RefusedRequestException;

/**
 * The decision as the officer's form sends it, every value as text, read with {@link ApplicationForm}'s field rules.
 * A recipient is needed when disclosing, and the subject is never one.
 */
public record DecisionForm(
        Boolean disclose, String decidedBy, String forum, String decidedOn, String method, String recipient) {

    /**
     * @param today the requesting force's date: a decision cannot be taken after it
     * @throws RefusedRequestException naming the first field at fault
     */
    public Decision read(String recordedBy, Instant now, LocalDate today) {
        if (disclose == null) {
            throw RefusedRequestException.invalid("disclose", "FIELD_MISSING", "required: true or false");
        }
        if (ApplicationForm.blank(decidedBy) || decidedBy.length() > 120) {
            throw RefusedRequestException.invalid("decidedBy", "FIELD_MISSING", "who decided, up to 120 characters");
        }
        DecisionForum readForum = ApplicationForm.code("forum", forum, DecisionForum::fromWire, "a decision forum");
        LocalDate decided = ApplicationForm.date("decidedOn", decidedOn, true);
        if (decided.isAfter(today)) {
            throw RefusedRequestException.invalid("decidedOn", "DATE_INVALID", "cannot be after today");
        }
        DisclosureRecipient readRecipient = null;
        if (recipient != null || disclose) {
            try {
                readRecipient =
                        ApplicationForm.code("recipient", recipient, DisclosureRecipient::fromWire, "a recipient");
            } catch (DisclosureToSubjectException e) {
                throw RefusedRequestException.invalid(
                        DisclosureToSubjectException.FIELD, e.reasonCode(), e.getMessage());
            }
        }
        DisclosureMethod readMethod = disclose
                ? ApplicationForm.code("method", method, DisclosureMethod::fromWire, "a disclosure method")
                : null;
        return new Decision(disclose, decidedBy.trim(), readForum, decided, readMethod, readRecipient, recordedBy, now);
    }
}
