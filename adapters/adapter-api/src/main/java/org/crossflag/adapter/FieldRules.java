package org.crossflag.adapter;

/**
 * The one definition of the form each field takes wherever it goes: at ingest (adapters and the officers' API), in
 * the node's database columns and in the federation's wire schemas. Lengths count characters. Patterns are
 * anchored and written so that ECMA-262 (the schemas' dialect) and {@link java.util.regex.Pattern#matches} read
 * them alike: plain character classes with explicit ranges, no {@code \s}, {@code \w} or {@code \d}.
 *
 * <p>They are wide enough for what forces really write: references with spaces ({@code MARAC ESX 0412}) and
 * phone numbers with an extension ({@code 01632 960101 ext 4}). Constants, so that annotations can use them too;
 * {@link FieldForm} pairs each length with its pattern.
 */
public final class FieldRules {

    /** No control character (C0, DEL, C1) or line separator: nothing that starts a new line in a log or an email. */
    static final String PRINTABLE = "[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]";

    /** A panel's case reference: letters and digits, with spaces and {@code / . _ : # -} between them. */
    public static final int REFERENCE_MAX_LENGTH = 80;

    public static final String REFERENCE_PATTERN = "^[A-Za-z0-9]([A-Za-z0-9 /._:#-]*[A-Za-z0-9/._:#-])?$";

    /** Whom to call, e.g. "MARAC coordinator, Chelmsford": any printable text. */
    public static final int CONTACT_NAME_MAX_LENGTH = 120;

    public static final String CONTACT_NAME_PATTERN = "^" + PRINTABLE + "+$";

    /** A work phone number: digits, spaces, {@code ( ) -}, a leading {@code +}, and an extension (ext 4, x12). */
    public static final int PHONE_MAX_LENGTH = 40;

    public static final String PHONE_PATTERN = "^[+]?[0-9 ()-]{3,30}( *([Ee][Xx][Tt]([Nn]|[.])?|[Xx]) *[0-9]{1,6})?$";

    /** A work email address, up to the 254 characters SMTP carries. */
    public static final int EMAIL_MAX_LENGTH = 254;

    public static final String EMAIL_PATTERN = "^[^@ \\u0000-\\u001F\\u007F]+@[^@ \\u0000-\\u001F\\u007F]+$";

    /** A risk score's tool, tool version and value, e.g. DASH, 2009, 17. */
    public static final int SCORE_PART_MAX_LENGTH = 20;

    public static final String SCORE_PART_PATTERN = CONTACT_NAME_PATTERN;

    /** A local system's own id for a person, unique within the adapter. */
    public static final int LOCAL_PERSON_ID_MAX_LENGTH = 80;

    public static final String LOCAL_PERSON_ID_PATTERN = CONTACT_NAME_PATTERN;

    /** The id an adapter files its records under, e.g. {@code marac-csv}. */
    public static final int ADAPTER_ID_MAX_LENGTH = 40;

    public static final String ADAPTER_ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,39}$";

    /** A short summary of a record a force holds, e.g. "Assault by beating, 12 weeks' custody": printable text. */
    public static final int RECORD_SUMMARY_MAX_LENGTH = 500;

    public static final String RECORD_SUMMARY_PATTERN = CONTACT_NAME_PATTERN;

    /** A reason code, e.g. POLICY_NO_AGREEMENT. */
    public static final int REASON_CODE_MAX_LENGTH = 60;

    public static final String REASON_CODE_PATTERN = "^[A-Z][A-Z0-9_]{0,59}$";

    /** An officer's id as the force issues it. */
    public static final int OFFICER_ID_MAX_LENGTH = 64;

    public static final String OFFICER_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$";

    /** A federation member's code, e.g. GB-ESX. */
    public static final int MEMBER_CODE_MAX_LENGTH = 11;

    public static final String MEMBER_CODE_PATTERN = "^[A-Z]{2}-[A-Z0-9]{2,8}$";

    /** A message, correlation, hit or record id: a lower-case UUID. */
    public static final int ID_MAX_LENGTH = 36;

    public static final String ID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    /** Why consent was overridden. */
    public static final int CONSENT_JUSTIFICATION_MAX_LENGTH = 2000;

    private FieldRules() {}
}
