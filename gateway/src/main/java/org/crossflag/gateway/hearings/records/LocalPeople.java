package org.crossflag.gateway.hearings.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.matching.PartialDate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.matching.PostalAddress;
import org.crossflag.gateway.matching.Sex;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The people this force's own systems hold, kept in the node's database so the local index can be rebuilt
 * (after a restart, or under a new matching key). Personal data: it never leaves the node and is never logged.
 */
public final class LocalPeople {

    /** A person is indexed while they have a hearing not withdrawn, or a person record. */
    private static final String FINDABLE = "exists (select 1 from hearing h where h.person_id = p.person_id"
            + " and h.withdrawn_on is null) or exists (select 1 from person_record r where r.person_id = p.person_id)";

    /** A person is in the victims' index while a hearing not withdrawn records them as harmed. */
    private static final String VICTIM = "exists (select 1 from hearing_victim v join hearing h on h.hearing_id ="
            + " v.hearing_id where v.person_id = p.person_id and h.withdrawn_on is null)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    public LocalPeople(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Stores or updates the person under the adapter's own id; returns the node's person id. */
    public String save(String adapterId, LocalPerson person, Instant now) {
        requireIdentifiable(person);
        String json = json(person);
        List<String> existing = jdbc.queryForList(
                "select person_id from local_person where adapter_id = ? and local_person_id = ?",
                String.class,
                adapterId,
                person.localPersonId());
        if (!existing.isEmpty()) {
            jdbc.update(
                    "update local_person set identity_json = ?, updated_at = ? where person_id = ?",
                    json,
                    Timestamp.from(now),
                    existing.get(0));
            return existing.get(0);
        }
        String personId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into local_person (person_id, adapter_id, local_person_id, identity_json, updated_at) values (?, ?, ?, ?, ?)",
                personId,
                adapterId,
                person.localPersonId(),
                json,
                Timestamp.from(now));
        return personId;
    }

    /**
     * Every person with at least one hearing or one person record (a conviction, caution, order or marker), for
     * rebuilding the index: (person id, identity). People known only from referrals are not indexed.
     */
    void forEachIndexedPerson(java.util.function.BiConsumer<String, PersonIdentity> visitor) {
        jdbc.query("select p.person_id, p.identity_json from local_person p where " + FINDABLE, rs -> {
            visitor.accept(rs.getString(1), identity(read(rs.getString(2))));
        });
    }

    /** Every person recorded as a victim (or as both) in a hearing not withdrawn: (person id, identity). */
    void forEachIndexedVictim(java.util.function.BiConsumer<String, PersonIdentity> visitor) {
        jdbc.query("select p.person_id, p.identity_json from local_person p where " + VICTIM, rs -> {
            visitor.accept(rs.getString(1), identity(read(rs.getString(2))));
        });
    }

    /** Whether a hearing not withdrawn still records the person as a victim: what keeps them in the victims' index. */
    public boolean findableAsVictim(String personId) {
        return !jdbc.queryForList(
                        "select p.person_id from local_person p where p.person_id = ? and (" + VICTIM + ")",
                        String.class,
                        personId)
                .isEmpty();
    }

    /** Whether the person still has a hearing that is not withdrawn, or a person record: what keeps them indexed. */
    public boolean findable(String personId) {
        return !jdbc.queryForList(
                        "select p.person_id from local_person p where p.person_id = ? and (" + FINDABLE + ")",
                        String.class,
                        personId)
                .isEmpty();
    }

    /**
     * Deletes the person once nothing this node holds refers to them (no hearing, referral, person record or DVDS
     * hit): their personal data goes with their last record. @return whether the person was deleted
     */
    public boolean deleteIfUnreferenced(String personId) {
        return jdbc.update(
                        "delete from local_person where person_id = ?"
                                + " and not exists (select 1 from hearing h where h.person_id = ?)"
                                + " and not exists (select 1 from referral f where f.person_id = ?)"
                                + " and not exists (select 1 from hearing_victim v where v.person_id = ?)"
                                + " and not exists (select 1 from referral_victim w where w.person_id = ?)"
                                + " and not exists (select 1 from person_record r where r.person_id = ?)"
                                + " and not exists (select 1 from dvds_issued_hit d where d.person_id = ?)"
                                + " and not exists (select 1 from dvds_issued_hit_person e where e.person_id = ?)",
                        personId,
                        personId,
                        personId,
                        personId,
                        personId,
                        personId,
                        personId,
                        personId)
                > 0;
    }

    /** The person stored under this node's id, as their force recorded them. Personal data: never logged. */
    public java.util.Optional<LocalPerson> find(String personId) {
        return jdbc
                .queryForList("select identity_json from local_person where person_id = ?", String.class, personId)
                .stream()
                .findFirst()
                .map(this::read);
    }

    /** The adapter and the adapter's own id the person with this node id was filed under. */
    public java.util.Optional<FiledUnder> filedUnder(String personId) {
        return jdbc
                .query(
                        "select adapter_id, local_person_id from local_person where person_id = ?",
                        (rs, row) -> new FiledUnder(rs.getString(1), rs.getString(2)),
                        personId)
                .stream()
                .findFirst();
    }

    /** Where a person came from: an adapter id and that adapter's own id for the person. */
    public record FiledUnder(String adapterId, String localPersonId) {}

    /** The matching core's view of a person. */
    public static PersonIdentity identity(LocalPerson person) {
        List<PostalAddress> addresses = person.postcode() == null && person.addressLine() == null
                ? List.of()
                : List.of(new PostalAddress(person.postcode(), person.addressLine()));
        return new PersonIdentity(
                person.givenNames(),
                person.familyNames(),
                person.aliases(),
                dateOfBirth(person),
                Sex.parse(person.sex()),
                addresses,
                person.pncId(),
                person.phone(),
                person.email());
    }

    private static PartialDate dateOfBirth(LocalPerson person) {
        try {
            return PartialDate.parse(person.dateOfBirth());
        } catch (IllegalArgumentException e) {
            throw new RejectedRecordException(
                    "DATE_OF_BIRTH_INVALID", "dateOfBirth must be yyyy-MM-dd, yyyy-MM or yyyy");
        }
    }

    /**
     * A person with neither a name nor a PNC id cannot be matched, and must not be stored as if they could. A name
     * must have a word in it once normalised and a PNC id must be of a form matching reads: "--" or "N/A" in a
     * spreadsheet cell is neither.
     */
    public static void requireIdentifiable(LocalPerson person) {
        PersonIdentity names = new PersonIdentity(
                person.givenNames(),
                person.familyNames(),
                person.aliases(),
                null,
                null,
                null,
                person.pncId(),
                null,
                null);
        if (!names.hasFamilyNameOrAlias() && !names.hasUsablePncId()) {
            throw new RejectedRecordException(
                    "SUBJECT_UNIDENTIFIABLE", "subject needs a family name, an alias or a PNC id");
        }
        dateOfBirth(person);
    }

    private String json(LocalPerson person) {
        try {
            return mapper.writeValueAsString(person);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("person cannot be written", e);
        }
    }

    private LocalPerson read(String json) {
        try {
            return mapper.readValue(json, LocalPerson.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored person cannot be read", e);
        }
    }
}
