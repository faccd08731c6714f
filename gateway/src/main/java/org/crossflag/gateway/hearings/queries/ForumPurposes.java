package org.crossflag.gateway.hearings.queries;

import org.crossflag.adapter.Forum;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.Purpose;

/**
 * The purpose and legal basis a prior-hearing query travels under, by the forum the person was referred to:
 * MARAC shares under section 115 of the Crime and Disorder Act 1998 for safeguarding; the perpetrator panels
 * task under the common-law policing purpose.
 */
public final class ForumPurposes {

    private ForumPurposes() {}

    public static Purpose purpose(Forum forum) {
        return forum == Forum.MARAC ? Purpose.MARAC_SAFEGUARDING : Purpose.PANEL_TASKING;
    }

    public static LegalBasis legalBasis(Forum forum) {
        return forum == Forum.MARAC
                ? LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115
                : LegalBasis.COMMON_LAW_POLICING_PURPOSE;
    }
}
