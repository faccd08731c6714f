package org.crossflag.gateway.hearings.queries;

import org.crossflag.adapter.Forum;

/**
 * The purpose and legal basis a prior-hearing query travels under, by the forum the person was referred to:
 * MARAC shares under section 115 of the Crime and Disorder Act 1998 for safeguarding; the perpetrator panels
 * task under the common-law policing purpose.
 */
public final class ForumPurposes {

    private ForumPurposes() {
    }

    public static String purpose(Forum forum) {
        return forum == Forum.MARAC ? "MARAC_SAFEGUARDING" : "PANEL_TASKING";
    }

    public static String legalBasis(Forum forum) {
        return forum == Forum.MARAC ? "CRIME_AND_DISORDER_ACT_1998_S115" : "COMMON_LAW_POLICING_PURPOSE";
    }
}
