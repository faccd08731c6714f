package org.crossflag.gateway.hearings.victims;

import java.util.Collection;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Forum;

/**
 * Whether to prompt a coordinator to consider a MAPPA Category 3 referral, and the prompt. Category 3 ("other
 * dangerous offenders") is discretionary: any agency may refer, and the prompt appears for a serial perpetrator or
 * for stalking or coercive control, unless a MAPPA hearing is already known.
 *
 * <p>Sources. The MAPPA Guidance (2023), Category 3, as quoted in the University of Essex report "A Register for
 * Domestic Abuse and Stalking Offenders in England and Wales?": "Offenders who do not meet the criteria for
 * Categories 1, 2 or 4 but who have committed an offence that indicates that they are capable of causing serious
 * harm and require multiagency management"; "all domestic abuse perpetrators not managed under Category 1, 2 or 4
 * should be considered for Category 3 management. This should include those convicted under: s.76 of the Serious
 * Crime Act 2015 (Controlling or Coercive Behaviour in an Intimate or Family Relationship). s.2A of the Protection
 * from Harassment Act 1997 (Stalking) s.4A of the Protection from Harassment Act 1997 (Stalking Involving Fear of
 * Violence or Serious Alarm or Distress) and were sentenced to less than 12 months"; "Any agency can refer a case
 * for consideration under Category 3 but it is the MAPPA Coordination unit (on behalf of the Responsible Authority)
 * that determine whether the offender meets the criteria." The 2022 joint inspection of MAPPA (same report)
 * recommends Category 3 referrals for high-risk domestic abuse perpetrators "where formal multi-agency management
 * and oversight through MAPPA would add value to the risk management plan".
 */
public final class MappaCategoryThreePrompt {

    /** The prompt with its criteria, for the coordinator's view of an alert. */
    public static final String TEXT = "consider a MAPPA Category 3 referral: the MAPPA Guidance asks that domestic"
            + " abuse and stalking perpetrators not managed under Category 1, 2 or 4, including those convicted of"
            + " controlling or coercive behaviour or stalking and sentenced to less than 12 months, be considered"
            + " where their offending shows they may cause serious harm and need multi-agency management."
            + " Any agency can refer; the MAPPA coordination unit decides whether the criteria are met.";

    private MappaCategoryThreePrompt() {}

    /**
     * Prompt when the person is serial, or any abuse type is stalking or coercive control, and none of the forums
     * heard is MAPPA. A null collection counts as empty.
     */
    public static boolean applies(boolean serial, Collection<AbuseType> abuseTypes, Collection<Forum> forums) {
        boolean stalkingOrCoercion = abuseTypes != null
                && (abuseTypes.contains(AbuseType.STALKING) || abuseTypes.contains(AbuseType.COERCIVE_CONTROL));
        boolean knownToMappa = forums != null && forums.contains(Forum.MAPPA);
        return (serial || stalkingOrCoercion) && !knownToMappa;
    }
}
