package org.crossflag.adapter;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each field's allowed form (see {@link FieldRules}): its longest length and its pattern. Adapters check values
 * with {@link #problemWith} before handing a record to the node, and the node checks them again at ingest, so that
 * a value the federation cannot carry is refused with a reason when it arrives, never found out when an answer is
 * sent.
 */
public enum FieldForm {
    REFERENCE(FieldRules.REFERENCE_MAX_LENGTH, FieldRules.REFERENCE_PATTERN),
    CONTACT_NAME(FieldRules.CONTACT_NAME_MAX_LENGTH, FieldRules.CONTACT_NAME_PATTERN),
    PHONE(FieldRules.PHONE_MAX_LENGTH, FieldRules.PHONE_PATTERN),
    EMAIL(FieldRules.EMAIL_MAX_LENGTH, FieldRules.EMAIL_PATTERN),
    SCORE_PART(FieldRules.SCORE_PART_MAX_LENGTH, FieldRules.SCORE_PART_PATTERN),
    LOCAL_PERSON_ID(FieldRules.LOCAL_PERSON_ID_MAX_LENGTH, FieldRules.LOCAL_PERSON_ID_PATTERN),
    ADAPTER_ID(FieldRules.ADAPTER_ID_MAX_LENGTH, FieldRules.ADAPTER_ID_PATTERN),
    REASON_CODE(FieldRules.REASON_CODE_MAX_LENGTH, FieldRules.REASON_CODE_PATTERN),
    OFFICER_ID(FieldRules.OFFICER_ID_MAX_LENGTH, FieldRules.OFFICER_ID_PATTERN),
    MEMBER_CODE(FieldRules.MEMBER_CODE_MAX_LENGTH, FieldRules.MEMBER_CODE_PATTERN),
    ID(FieldRules.ID_MAX_LENGTH, FieldRules.ID_PATTERN),
    RECORD_SUMMARY(FieldRules.RECORD_SUMMARY_MAX_LENGTH, FieldRules.RECORD_SUMMARY_PATTERN);

    /** What is wrong with a value; the reason codes adapters and the node report. */
    public enum Problem {
        /** Longer than the field's {@link #maxLength()}. */
        VALUE_TOO_LONG,
        /** Not of the field's form (its {@link #pattern()}), e.g. a phone number with words in it. */
        INVALID_FORM
    }

    private final int maxLength;
    private final String pattern;
    private final Pattern compiled;

    FieldForm(int maxLength, String pattern) {
        this.maxLength = maxLength;
        this.pattern = pattern;
        this.compiled = Pattern.compile(pattern);
    }

    /** The longest value, in characters; the database column and the schema's {@code maxLength} are this wide. */
    public int maxLength() {
        return maxLength;
    }

    /** The pattern as the wire schemas carry it (ECMA-262, anchored). */
    public String pattern() {
        return pattern;
    }

    /** Whether a value (not null) takes this form. */
    public boolean allows(String value) {
        return problemWith(value).isEmpty();
    }

    /** Why a value (not null) cannot be carried, or empty if it can. An empty value is of no form. */
    public Optional<Problem> problemWith(String value) {
        if (value.length() > maxLength) {
            return Optional.of(Problem.VALUE_TOO_LONG);
        }
        // matches(), not find(): the whole value, so "$" cannot stop before a final newline.
        return compiled.matcher(value).matches() ? Optional.empty() : Optional.of(Problem.INVALID_FORM);
    }
}
