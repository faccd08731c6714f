package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic people as {@link PersonIdentity}s, for code outside this package (the matching benchmarks): the
 * left force of a data set, and noisy duplicates of some of them as the right force would hold them.
 */
public final class SyntheticIdentities {

    private final SyntheticPeople.Dataset dataset;

    private SyntheticIdentities(SyntheticPeople.Dataset dataset) {
        this.dataset = dataset;
    }

    /** {@code people} people per force, {@code duplicateShare} of them duplicated with the standard noise model. */
    public static SyntheticIdentities generate(long seed, int people, double duplicateShare) {
        return new SyntheticIdentities(SyntheticPeople.generate(seed, people, duplicateShare));
    }

    public List<PersonIdentity> left() {
        return identities(dataset.left());
    }

    public List<PersonIdentity> right() {
        return identities(dataset.right());
    }

    private static List<PersonIdentity> identities(List<SyntheticPeople.Person> people) {
        List<PersonIdentity> identities = new ArrayList<>(people.size());
        for (SyntheticPeople.Person person : people) {
            identities.add(person.identity());
        }
        return identities;
    }
}
