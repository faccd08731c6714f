package org.crossflag.adapter.rmssoap;

import static org.crossflag.adapter.rmssoap.SoapFields.code;
import static org.crossflag.adapter.rmssoap.SoapFields.optionalCode;
import static org.crossflag.adapter.rmssoap.SoapFields.path;
import static org.crossflag.adapter.rmssoap.SoapFields.required;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalVictim;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.adapter.VictimRelationship;
import org.crossflag.adapter.rmssoap.events.Victim;

/**
 * Reads whom a hearing or referral records as harmed, and in what role: {@code subjectRole}, {@code abuseType} and
 * each {@code victim}, named {@code hearing/victim[2]/relationship} (counted from 1, as in XPath).
 */
final class HarmMapper {

    /** The most victims one hearing or referral records: the XSD's maxOccurs, as the adapter API takes them. */
    static final int MAX_VICTIMS = 8;

    static final String VICTIMS_TOO_MANY = "VICTIMS_TOO_MANY";
    static final String VICTIM_UNIDENTIFIABLE = "VICTIM_UNIDENTIFIABLE";

    private static final Function<String, PersonRole> SUBJECT_ROLE =
            roleOf("subject's role", PersonRole.PERPETRATOR, PersonRole.BOTH);
    private static final Function<String, PersonRole> VICTIM_ROLE =
            roleOf("victim's role", PersonRole.VICTIM, PersonRole.BOTH);

    private HarmMapper() {}

    /** PERPETRATOR or BOTH; null when absent (the adapter API takes the subject as the perpetrator). */
    static PersonRole subjectRole(String value, String at) {
        return optionalCode(value, path(at, "subjectRole"), SUBJECT_ROLE);
    }

    static AbuseType abuseType(String value, String at) {
        return optionalCode(value, path(at, "abuseType"), AbuseType::fromWire);
    }

    /** Each victim: a person who could be matched, their relationship to the subject, and their role. */
    static List<LocalVictim> victims(List<Victim> victims, String at) {
        List<LocalVictim> mapped = new ArrayList<>();
        if (victims.size() > MAX_VICTIMS) {
            String field = path(at, "victim");
            throw new EventRefusedException(
                    VICTIMS_TOO_MANY, field, field + " occurs more than " + MAX_VICTIMS + " times");
        }
        for (int i = 0; i < victims.size(); i++) {
            String victimAt = path(at, "victim[" + (i + 1) + "]");
            Victim victim = required(victims.get(i), victimAt);
            String personAt = path(victimAt, "person");
            LocalPerson person = EventMapper.person(required(victim.getPerson(), personAt), personAt);
            if (person.familyNames().isEmpty() && person.aliases().isEmpty() && person.pncId() == null) {
                // As the node refuses such a subject: a person with no family name, alias or PNC id is never found.
                throw new EventRefusedException(
                        VICTIM_UNIDENTIFIABLE, personAt, personAt + " needs a familyName, an alias or a pncId");
            }
            VictimRelationship relationship =
                    code(victim.getRelationship(), path(victimAt, "relationship"), VictimRelationship::fromWire);
            PersonRole role = optionalCode(victim.getRole(), path(victimAt, "role"), VICTIM_ROLE);
            mapped.add(new LocalVictim(person, relationship, role));
        }
        return mapped;
    }

    /** The roles a person in this place may hold; any other (a subject who is only a victim) is not a code here. */
    private static Function<String, PersonRole> roleOf(String vocabulary, PersonRole... allowed) {
        return code -> {
            for (PersonRole role : allowed) {
                if (role.wire().equals(code)) {
                    return role;
                }
            }
            throw new UnknownCodeException(vocabulary, code);
        };
    }
}
