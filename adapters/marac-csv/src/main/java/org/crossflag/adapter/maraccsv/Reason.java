package org.crossflag.adapter.maraccsv;

/**
 * Why a file or a row was refused. The code is what the error report and the logs carry, together with the row
 * number and the column name, never the value.
 */
enum Reason {
    // The whole file (reported on row 1, the header line, or without a row).
    /** The header line names a column this adapter does not know. The report gives its position, never its text. */
    UNKNOWN_COLUMN,
    /** The header line names the same column twice. */
    DUPLICATE_COLUMN,
    /** The header line lacks a column every row needs. */
    MISSING_COLUMN,
    /** The file has no header line. */
    EMPTY_FILE,
    /** The file is not well-formed CSV (e.g. an unclosed quote), or could not be read at all. */
    FILE_UNREADABLE,
    /** The file is a symbolic link: it is never followed, since it could point at any file the node can read. */
    SYMBOLIC_LINK,
    /** The file has other names (hard links), so it may be another file in disguise: it is not read. */
    HARD_LINK,
    /** The file is not a regular file (a pipe, a device, a socket): it is not read. */
    NOT_A_REGULAR_FILE,
    /** The file is larger than {@code crossflag.adapters.marac-csv.max-file-size}: it is not read. */
    FILE_TOO_LARGE,

    // One row.
    /** The row has more or fewer cells than the header line, e.g. an unquoted comma in an address. */
    WRONG_CELL_COUNT,
    /** A value that every row needs is empty. */
    MISSING_VALUE,
    /** {@code record_type} is not HEARING or REFERRAL. */
    UNKNOWN_RECORD_TYPE,
    /** {@code forum} is not one of MARAC, DAPP, MATAC, MASIP, DRIVE, MAPPA. */
    UNKNOWN_FORUM,
    /** {@code date} is not a date in yyyy-MM-dd or dd/MM/yyyy. */
    INVALID_DATE,
    /** {@code date} is after today: a hearing not yet held, or a typing error. */
    DATE_IN_FUTURE,
    /** {@code dob} is not yyyy-MM-dd, yyyy-MM, yyyy or dd/MM/yyyy, is before 1900, or is after {@code date}. */
    INVALID_DATE_OF_BIRTH,
    /** {@code sex} is not F, M or X. */
    INVALID_SEX,
    /** One or two of {@code score_tool}, {@code score_version}, {@code score_value}: a score needs all three. */
    SCORE_INCOMPLETE,
    /** Neither {@code coordinator_phone} nor {@code coordinator_email}: another area could not reach anyone. */
    NO_COORDINATOR_CONTACT,
    /** A value is longer than a column allows (a reference over 80 characters, a coordinator name over 120...). */
    VALUE_TOO_LONG,
    /**
     * A value is not of the form the federation carries (see the adapter API's FieldRules): e.g. a coordinator
     * phone with words in it, or a reference with a character other than letters, digits, spaces and / . _ : # -.
     */
    INVALID_FORM,
    /** A value holds a control character, or bytes that are not UTF-8 (saved in another encoding). */
    INVALID_CHARACTERS,
    /** {@code record_status} is not CURRENT, CORRECTED or WITHDRAWN. Nothing from the row is sent. */
    UNKNOWN_RECORD_STATUS,
    /** A REFERRAL row is CORRECTED: only a hearing can be corrected; withdraw the referral and make a new one. */
    REFERRAL_NOT_CORRECTABLE,
    /** {@code subject_role} is not PERPETRATOR or BOTH: a subject is never only a victim. */
    UNKNOWN_SUBJECT_ROLE,
    /** {@code abuse_type} is not DOMESTIC_ABUSE, COERCIVE_CONTROL, STALKING, HONOUR_BASED or OTHER. */
    UNKNOWN_ABUSE_TYPE,
    /** A {@code victimN_relationship} is not one of the relationships (INTIMATE_PARTNER, EX_PARTNER...). */
    UNKNOWN_RELATIONSHIP,
    /** A {@code victimN_role} is not VICTIM or BOTH: a victim is never only a perpetrator. */
    UNKNOWN_VICTIM_ROLE,
    /** A victim's columns are partly filled but {@code victimN_family_name} is empty: the victim could not be matched. */
    VICTIM_UNIDENTIFIABLE,
    /** An earlier row of the same file has the same reference; the later row is not handed on. */
    DUPLICATE_REFERENCE,
    /** The node refused the record with a reason code that is not a well-formed code. */
    REJECTED_BY_NODE
}
